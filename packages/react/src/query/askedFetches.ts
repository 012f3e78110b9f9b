// The queries whose current fetch a person asked for (`useRefresh`): their failure is shown in
// place from the first attempt, so the query cache does not toast it as well.
const asked = new WeakSet<object>();

/** Marks (or unmarks) a query's current fetch as one the person asked for. */
export function setAsked(query: object, on: boolean): void {
  if (on) asked.add(query);
  else asked.delete(query);
}

/** Whether the query's current fetch is one the person asked for. */
export function isAsked(query: object): boolean {
  return asked.has(query);
}
