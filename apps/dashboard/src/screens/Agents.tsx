import { FieldErrorsProvider, PendingButton, toast } from '@faultline/react';
import { applyFieldErrors } from '@faultline/react/hook-form';
import { useMutationFieldErrors } from '@faultline/react/query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { getJson, postJson } from '../api.js';
import { Field } from '../Field.js';
import { FormErrors } from '../FormErrors.js';
import type { Agent, AgentInput } from '../model.js';
import { QueryView } from '../QueryView.js';
import { href } from '../router.js';
import { DemoHint, ScreenHeader } from '../ui.js';

const EMPTY: AgentInput = {
  name: '',
  model: 'harbor-small',
  temperature: 0.7,
  system_prompt: '',
  limits: { max_tokens: 2048 },
  tools: [{ name: 'search_docs', url: 'https://tools.harbor.example/search' }],
};

/** Values that break several rules at once, nested ones included: for trying the form quickly. */
const MISTAKES: AgentInput = {
  name: 'Release notes writer',
  model: 'harbor-small',
  temperature: 3.5,
  system_prompt: 'Write release notes from merged pull requests.',
  limits: { max_tokens: -100 },
  tools: [
    { name: 'list_pulls', url: 'https://tools.harbor.example/pulls' },
    { name: 'Post To Slack', url: 'http://hooks.acme.example/slack' },
  ],
};

/** Every field name of the form, in the order focus and the summary follow. */
function fieldNames(toolCount: number): string[] {
  const names = ['name', 'model', 'temperature', 'limits.max_tokens', 'system_prompt'];
  for (let i = 0; i < toolCount; i++) names.push(`tools.${i}.name`, `tools.${i}.url`);
  return names;
}

/** Number inputs give numbers (NaN when empty): the server judges them. */
const numberOrNaN = { valueAsNumber: true } as const;

function NewAgentForm(): ReactNode {
  const queryClient = useQueryClient();
  const form = useForm<AgentInput>({ defaultValues: EMPTY });
  const tools = useFieldArray({ control: form.control, name: 'tools' });
  const fields = fieldNames(tools.fields.length);
  const create = useMutation({
    mutationFn: (values: AgentInput) => postJson<Agent>('/agents', values),
    meta: { errorPresentation: 'inline' },
    onError: (error) => applyFieldErrors(error, form.setError, { fields, shouldFocus: false }),
    onSuccess: (agent) => {
      toast.success(`Created ${agent.name}.`);
      form.reset(EMPTY);
      create.reset();
      void queryClient.invalidateQueries({ queryKey: ['agents'] });
    },
  });
  const fieldErrors = useMutationFieldErrors(create, { fields, idPrefix: 'agent', includeMessage: false });

  return (
    <section className="card" aria-labelledby="new-agent-title">
      <h2 id="new-agent-title">New agent</h2>
      <p className="card-lead">An agent answers with one model, within its limits, and may call tools.</p>
      <FieldErrorsProvider value={fieldErrors}>
        <form className="form" noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
          <FormErrors errors={fieldErrors} error={create.error} headingLevel={3} />
          <Field errors={fieldErrors} name="name" label="Name">
            {(props) => <input type="text" autoComplete="off" {...form.register('name')} {...props} />}
          </Field>
          <div className="field-row">
            <Field errors={fieldErrors} name="model" label="Model">
              {(props) => (
                <select {...form.register('model')} {...props}>
                  <option value="harbor-small">harbor-small</option>
                  <option value="harbor-large">harbor-large</option>
                </select>
              )}
            </Field>
            <Field errors={fieldErrors} name="temperature" label="Temperature" hint="0 to 2">
              {(props) => (
                <input type="number" step="0.1" {...form.register('temperature', numberOrNaN)} {...props} />
              )}
            </Field>
            <Field errors={fieldErrors} name="limits.max_tokens" label="Max tokens per run">
              {(props) => (
                <input
                  type="number"
                  step="1"
                  {...form.register('limits.max_tokens', numberOrNaN)}
                  {...props}
                />
              )}
            </Field>
          </div>
          <Field
            errors={fieldErrors}
            name="system_prompt"
            label="Instructions"
            hint="Up to 4,000 characters."
          >
            {(props) => <textarea {...form.register('system_prompt')} {...props} />}
          </Field>
          <fieldset className="tools">
            <legend>Tools</legend>
            {tools.fields.map((tool, index) => (
              <div key={tool.id} className="tool-row">
                <Field errors={fieldErrors} name={`tools.${index}.name`} label={`Tool ${index + 1} name`}>
                  {(props) => (
                    <input
                      type="text"
                      autoComplete="off"
                      {...form.register(`tools.${index}.name`)}
                      {...props}
                    />
                  )}
                </Field>
                <Field errors={fieldErrors} name={`tools.${index}.url`} label={`Tool ${index + 1} endpoint`}>
                  {(props) => (
                    <input
                      type="url"
                      autoComplete="off"
                      {...form.register(`tools.${index}.url`)}
                      {...props}
                    />
                  )}
                </Field>
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => tools.remove(index)}
                >
                  Remove<span className="fl-visually-hidden"> tool {index + 1}</span>
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => tools.append({ name: '', url: 'https://' })}
            >
              Add a tool
            </button>
          </fieldset>
          <div className="form-actions">
            <PendingButton type="submit" className="button button-primary" pending={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create agent'}
            </PendingButton>
            <button type="button" className="button button-ghost" onClick={() => form.reset(MISTAKES)}>
              Fill with mistakes
            </button>
          </div>
        </form>
      </FieldErrorsProvider>
    </section>
  );
}

/** Agents: the list, a link that has gone stale (404), and a form validated on nested fields. */
export function Agents(): ReactNode {
  const query = useQuery({
    queryKey: ['agents'],
    queryFn: ({ signal }) => getJson<Agent[]>('/agents', signal),
  });
  return (
    <>
      <ScreenHeader title="Agents">Assistants that run on your research data.</ScreenHeader>
      <div className="stack">
        <div className="grid-2">
          <section className="card" aria-labelledby="agents-title">
            <h2 id="agents-title">Your agents</h2>
            <QueryView query={query} label="agents">
              {(agents) => (
                <ul className="list">
                  {agents.map((agent) => (
                    <li key={agent.id} className="list-row">
                      <a className="list-title grow" href={href('agents', agent.id)}>
                        {agent.name}
                      </a>
                      <span className="badge">{agent.model}</span>
                      <span className="muted small">
                        {agent.tools.length === 1 ? '1 tool' : `${agent.tools.length} tools`}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </QueryView>
          </section>
          <section className="card" aria-labelledby="recent-title">
            <h2 id="recent-title">Recently viewed</h2>
            <ul className="list">
              <li className="list-row">
                <a className="grow" href={href('agents', 'agt_legacy_faq')}>
                  Legacy FAQ bot
                </a>
                <span className="muted small">viewed 3 days ago</span>
              </li>
            </ul>
            <DemoHint>A teammate deleted the Legacy FAQ bot since: opening it answers 404.</DemoHint>
          </section>
        </div>
        <NewAgentForm />
        <DemoHint>
          “Fill with mistakes” breaks the temperature, the nested limits.max_tokens and the second tool’s name
          and URL: each message appears under its own input.
        </DemoHint>
      </div>
    </>
  );
}
