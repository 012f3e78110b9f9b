import type { FieldProblem } from './description.js';

/** The checks the mock API runs on request bodies, as a real server would after the browser's. */

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const TOOL_NAME = /^[a-z][a-z0-9_]{0,39}$/;
const MODELS = new Set(['harbor-small', 'harbor-large']);

type Body = Record<string, unknown>;

function str(body: Body, key: string): string {
  const value = body[key];
  return typeof value === 'string' ? value.trim() : '';
}

function problem(path: (string | number)[], code: string, message: string): FieldProblem {
  return { path, code, message };
}

/** Problems with a registration: name, email (format, taken), password strength. */
export function checkRegistration(body: Body, taken: (email: string) => boolean): FieldProblem[] {
  const out: FieldProblem[] = [];
  const name = str(body, 'name');
  const email = str(body, 'email').toLowerCase();
  const password = typeof body.password === 'string' ? body.password : '';
  if (name.length === 0) out.push(problem(['name'], 'required', 'Enter your full name.'));
  else if (name.length > 80) out.push(problem(['name'], 'too_long', 'Use at most 80 characters.'));
  if (!EMAIL.test(email)) {
    out.push(problem(['email'], 'invalid_format', 'Enter an email address like name@company.com.'));
  } else if (taken(email)) {
    out.push(problem(['email'], 'taken', 'An account with this email already exists. Sign in instead.'));
  }
  if (password.length < 12) {
    out.push(problem(['password'], 'too_short', 'Use at least 12 characters.'));
  } else if (email.length > 0 && password.toLowerCase().includes(email.split('@')[0] ?? '')) {
    out.push(problem(['password'], 'too_weak', 'Do not use your email address in your password.'));
  }
  return out;
}

/** Problems with an invitation: the email. */
export function checkInvitation(body: Body): FieldProblem[] {
  const email = str(body, 'email');
  if (!EMAIL.test(email)) return [problem(['email'], 'invalid_format', 'Enter the email address to invite.')];
  const role = str(body, 'role');
  if (!['admin', 'developer', 'viewer'].includes(role)) {
    return [problem(['role'], 'invalid_value', 'Choose admin, developer or viewer.')];
  }
  return [];
}

/** Problems with a new API key: its name. */
export function checkKeyName(body: Body, names: readonly string[]): FieldProblem[] {
  const name = str(body, 'name');
  if (name.length === 0) return [problem(['name'], 'required', 'Give the key a name you will recognize.')];
  if (names.some((n) => n.toLowerCase() === name.toLowerCase())) {
    return [problem(['name'], 'taken', 'A key with this name exists. Choose another name.')];
  }
  return [];
}

/** Problems with an agent, including the nested limits and each tool. */
export function checkAgent(body: Body): FieldProblem[] {
  const out: FieldProblem[] = [];
  const name = str(body, 'name');
  if (name.length === 0) out.push(problem(['name'], 'required', 'Give the agent a name.'));
  else if (name.length > 60) out.push(problem(['name'], 'too_long', 'Use at most 60 characters.'));
  if (!MODELS.has(str(body, 'model'))) {
    out.push(problem(['model'], 'invalid_value', 'Choose harbor-small or harbor-large.'));
  }
  const temperature = body.temperature;
  if (typeof temperature !== 'number' || !(temperature >= 0 && temperature <= 2)) {
    out.push(
      problem(
        ['temperature'],
        'out_of_range',
        `Must be between 0.0 and 2.0. Received ${String(temperature)}.`,
      ),
    );
  }
  const prompt = typeof body.system_prompt === 'string' ? body.system_prompt : '';
  if (prompt.length > 4000) {
    out.push(
      problem(
        ['system_prompt'],
        'field_too_long',
        `Must not exceed 4,000 characters. Received ${prompt.length.toLocaleString('en')}.`,
      ),
    );
  }
  const limits = (typeof body.limits === 'object' && body.limits !== null ? body.limits : {}) as Body;
  const maxTokens = limits.max_tokens;
  if (typeof maxTokens !== 'number' || !Number.isInteger(maxTokens) || maxTokens < 1 || maxTokens > 32_000) {
    out.push(
      problem(
        ['limits', 'max_tokens'],
        'invalid_value',
        `Must be a whole number from 1 to 32,000. Received ${String(maxTokens)}.`,
      ),
    );
  }
  const tools = Array.isArray(body.tools) ? (body.tools as unknown[]) : [];
  const seen = new Set<string>();
  tools.forEach((raw, i) => {
    const tool = (typeof raw === 'object' && raw !== null ? raw : {}) as Body;
    const toolName = str(tool, 'name');
    if (!TOOL_NAME.test(toolName)) {
      out.push(
        problem(['tools', i, 'name'], 'invalid_format', 'Use lower case letters, digits and underscores.'),
      );
    } else if (seen.has(toolName)) {
      out.push(problem(['tools', i, 'name'], 'duplicate', `Another tool is already called ${toolName}.`));
    }
    seen.add(toolName);
    let url: URL | undefined;
    try {
      url = new URL(str(tool, 'url'));
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:') {
      out.push(problem(['tools', i, 'url'], 'insecure_url', 'Tools must be served over HTTPS.'));
    }
  });
  return out;
}

/** Problems with a webhook endpoint: the URL and the events. */
export function checkWebhook(body: Body): FieldProblem[] {
  const out: FieldProblem[] = [];
  let url: URL | undefined;
  try {
    url = new URL(str(body, 'url'));
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') {
    out.push(problem(['url'], 'insecure_url', 'Enter an https:// URL that is reachable from the internet.'));
  }
  const events = Array.isArray(body.events) ? body.events : [];
  if (events.length === 0) out.push(problem(['events'], 'required', 'Choose at least one event.'));
  return out;
}
