import { type ReactNode, useEffect, useRef } from 'react';
import { useNavigationCount } from './navigation.js';

/**
 * The top of a screen: its one `h1`, a line on what it is for, actions. After a navigation it takes
 * focus, as a page load would put the reader at the top; a screen can name a better target inside
 * `main` with `data-autofocus` (the top-up form after "Top up").
 */
export function ScreenHeader({
  title,
  children,
  actions,
}: {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}): ReactNode {
  const navigations = useNavigationCount();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigations === 0) return;
    const target = heading.current?.closest('main')?.querySelector<HTMLElement>('[data-autofocus]');
    (target ?? heading.current)?.focus();
  }, [navigations]);
  return (
    <div className="screen-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children ? <p>{children}</p> : null}
      </div>
      {actions ? <div className="screen-header-actions">{actions}</div> : null}
    </div>
  );
}

/** A placeholder while a screen's data loads, announced politely. */
export function Loading({ label }: { label: string }): ReactNode {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

/** A line that tells demo visitors what to try on this screen. */
export function DemoHint({ children }: { children: ReactNode }): ReactNode {
  return <p className="demo-hint">{children}</p>;
}

/**
 * Where a table scrolls sideways on a narrow screen, instead of the page: a named region that takes
 * keyboard focus, so the keyboard can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/** A table of records with a last column of row actions, whose header is named for screen readers only. */
export function ActionTable({
  label,
  columns,
  children,
}: {
  label: string;
  columns: readonly string[];
  children: ReactNode;
}): ReactNode {
  return (
    <TableScroll label={label}>
      <table className="table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="fl-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
