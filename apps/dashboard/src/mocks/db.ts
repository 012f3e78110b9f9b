import type { Agent, ApiKey, Billing, Member, Upload, Webhook, Workspace } from '../model.js';

/** The mock API's data: what a fresh Harbor account looks like. */
export interface MockDb {
  /** Accounts that can sign in, by email. */
  accounts: Map<string, { name: string; password: string }>;
  /** Failed sign-in attempts since the last success or lockout. */
  signInFailures: number;
  /** Until when sign-in is locked, epoch ms. */
  signInLockedUntil: number;
  /** The team. */
  members: Member[];
  /** API keys. */
  keys: ApiKey[];
  /** Balance and usage. */
  billing: Billing;
  /** Agents. */
  agents: Agent[];
  /** Uploaded files. */
  uploads: Upload[];
  /** Research workspaces. */
  workspaces: Workspace[];
  /**
   * Workspaces whose synthesis a teammate started just before this visitor's list was read: the
   * list still says "Not run" until the next read after a 409 tells them.
   */
  startedElsewhere: Set<string>;
  /** Webhook endpoints. */
  webhooks: Webhook[];
}

/** The account the sign-in screen suggests. */
export const DEMO_ACCOUNT = { email: 'ada@harbor.example', password: 'analytical-engine-1843' };

/** A fresh copy of the demo data. */
export function createDb(): MockDb {
  return {
    accounts: new Map([[DEMO_ACCOUNT.email, { name: 'Ada Lovelace', password: DEMO_ACCOUNT.password }]]),
    signInFailures: 0,
    signInLockedUntil: 0,
    members: [
      { id: 'usr_ada', name: 'Ada Lovelace', email: 'ada@harbor.example', role: 'owner', pending: false },
      { id: 'usr_grace', name: 'Grace Hopper', email: 'grace@harbor.example', role: 'admin', pending: false },
      { id: 'usr_alan', name: 'Alan Turing', email: 'alan@harbor.example', role: 'viewer', pending: false },
      {
        id: 'usr_katherine',
        name: 'Katherine Johnson',
        email: 'katherine@harbor.example',
        role: 'developer',
        pending: true,
      },
    ],
    keys: [
      {
        id: 'key_prod',
        name: 'Production',
        prefix: 'hb_live_4f2a',
        createdAt: '2026-03-02T09:14:00Z',
        status: 'active',
      },
      {
        id: 'key_ci',
        name: 'CI pipeline',
        prefix: 'hb_live_9c1e',
        createdAt: '2025-11-18T16:40:00Z',
        status: 'revoked',
      },
      {
        id: 'key_staging',
        name: 'Staging',
        prefix: 'hb_test_07bd',
        createdAt: '2026-01-21T12:02:00Z',
        status: 'active',
      },
    ],
    billing: {
      plan: 'Trial',
      balance: 1_200,
      reportCost: 5_000,
      usage: [
        { label: 'Syntheses', used: 3, limit: 3 },
        { label: 'Agent runs', used: 812, limit: 1_000 },
        { label: 'Storage (MB)', used: 46, limit: 500 },
      ],
    },
    agents: [
      {
        id: 'agt_support',
        name: 'Support triage',
        model: 'harbor-large',
        temperature: 0.2,
        system_prompt: 'Sort incoming support tickets by urgency and product area.',
        limits: { max_tokens: 2_048 },
        tools: [{ name: 'lookup_customer', url: 'https://tools.harbor.example/customers' }],
      },
      {
        id: 'agt_research',
        name: 'Research summarizer',
        model: 'harbor-small',
        temperature: 0.7,
        system_prompt: 'Summarize interview transcripts into themes with quotes.',
        limits: { max_tokens: 4_096 },
        tools: [],
      },
    ],
    uploads: [{ id: 'upl_1', name: 'interview-notes.txt', size: 18_432, type: 'text/plain' }],
    startedElsewhere: new Set(['ws_onboarding']),
    workspaces: [
      {
        id: 'ws_onboarding',
        name: 'Onboarding research',
        sources: [
          { name: 'Session recordings', status: 'ready' },
          { name: 'Survey answers', status: 'ready' },
        ],
        synthesis: 'running',
      },
      {
        id: 'ws_churn',
        name: 'Churn interviews',
        sources: [
          { name: 'User Interviews', status: 'processing' },
          { name: 'Support Logs', status: 'processing' },
          { name: 'Cancellation survey', status: 'ready' },
        ],
        synthesis: 'idle',
      },
      {
        id: 'ws_pricing',
        name: 'Pricing study',
        sources: [
          { name: 'Sales calls', status: 'ready' },
          { name: 'Competitor pages', status: 'ready' },
        ],
        synthesis: 'idle',
      },
      {
        id: 'ws_tickets',
        name: 'Support tickets Q3',
        sources: [{ name: 'Ticket export', status: 'ready' }],
        synthesis: 'idle',
      },
    ],
    webhooks: [
      { id: 'wh_orders', url: 'https://hooks.acme.example/harbor', events: ['synthesis.completed'] },
      { id: 'wh_crm', url: 'https://crm.acme.example/webhooks/harbor', events: ['agent.run.failed'] },
      {
        id: 'wh_chat',
        url: 'https://chat.acme.example/incoming/T042',
        events: ['synthesis.completed', 'agent.run.failed'],
      },
    ],
  };
}
