/** What the Harbor API sends and accepts: shared by the screens and the mock API. */

/** Where the Harbor API lives, on the app's own origin (answered by the mock service worker). */
export const API_BASE = '/api/v1';

/** A role in a workspace. */
export type TeamRole = 'owner' | 'admin' | 'developer' | 'viewer';

/** A person in the team. */
export interface Member {
  /** Stable id. */
  id: string;
  /** Full name. */
  name: string;
  /** Email address. */
  email: string;
  /** Their role. */
  role: TeamRole;
  /** Whether they have accepted the invitation yet. */
  pending: boolean;
}

/** The team as the API lists it. */
export interface Team {
  /** Everyone in the team, invited or joined. */
  members: Member[];
  /** The signed-in user's role. */
  myRole: TeamRole;
}

/** An API key; the secret itself is shown once and never listed. */
export interface ApiKey {
  /** Stable id. */
  id: string;
  /** Name given when it was created. */
  name: string;
  /** The first characters of the secret, to recognize it. */
  prefix: string;
  /** When it was created, ISO 8601. */
  createdAt: string;
  /** Whether it still works. */
  status: 'active' | 'revoked';
}

/** Token balance and usage of the current plan. */
export interface Billing {
  /** Name of the plan. */
  plan: string;
  /** Tokens left. */
  balance: number;
  /** Tokens one usage report costs. */
  reportCost: number;
  /** Usage meters for this period. */
  usage: { label: string; used: number; limit: number }[];
}

/** A tool an agent may call. */
export interface AgentTool {
  /** Name the model uses to call it. */
  name: string;
  /** The HTTPS endpoint that runs it. */
  url: string;
}

/** What creating an agent sends. */
export interface AgentInput {
  /** Display name. */
  name: string;
  /** Model id. */
  model: string;
  /** Sampling temperature, 0 to 2. */
  temperature: number;
  /** Instructions given to the model. */
  system_prompt: string;
  /** Limits per run. */
  limits: { max_tokens: number };
  /** Tools it may call. */
  tools: AgentTool[];
}

/** An agent. */
export interface Agent extends AgentInput {
  /** Stable id. */
  id: string;
}

/** A file uploaded as a research source. */
export interface Upload {
  /** Stable id. */
  id: string;
  /** File name. */
  name: string;
  /** Size in bytes. */
  size: number;
  /** Media type. */
  type: string;
}

/** A research source inside a workspace. */
export interface Source {
  /** Name. */
  name: string;
  /** Whether it is ready for synthesis. */
  status: 'ready' | 'processing';
}

/** A research workspace. */
export interface Workspace {
  /** Stable id. */
  id: string;
  /** Name. */
  name: string;
  /** Its sources. */
  sources: Source[];
  /** State of the latest synthesis. */
  synthesis: 'idle' | 'running' | 'done';
}

/** A webhook endpoint. */
export interface Webhook {
  /** Stable id. */
  id: string;
  /** Where events are delivered. */
  url: string;
  /** Event types it receives. */
  events: string[];
}

/** One component on the status page. */
export interface StatusComponent {
  /** Name. */
  name: string;
  /** Current state. */
  state: 'operational' | 'degraded' | 'outage';
  /** Uptime over 90 days, percent. */
  uptime: number;
}

/** The status page. */
export interface SystemStatus {
  /** Every component. */
  components: StatusComponent[];
  /** When this was measured, ISO 8601. */
  checkedAt: string;
}

/** The signed-in user after sign-in or registration. */
export interface Session {
  /** Full name. */
  name: string;
  /** Email address. */
  email: string;
}
