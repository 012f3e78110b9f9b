import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

/** The custom properties of styles.css that a theme overrides. */
const TOKENS = [
  ['--fl-bg', 'Surface of toasts, notices and panels'],
  ['--fl-fg', 'Text'],
  ['--fl-muted', 'Secondary text: codes, request ids, times'],
  ['--fl-border', 'Borders and separators'],
  ['--fl-danger', 'Errors: accent and text on --fl-danger-bg'],
  ['--fl-danger-bg', 'Errors: background'],
  ['--fl-warning', 'Waits and rate limits: accent'],
  ['--fl-warning-bg', 'Waits and rate limits: background'],
  ['--fl-info', 'Information: accent'],
  ['--fl-info-bg', 'Information: background'],
  ['--fl-focus', 'Focus ring'],
] as const;

function TokenTable() {
  return (
    <table style={{ borderCollapse: 'collapse' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlockEnd: 8 }}>
        faultline theme tokens
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start', padding: 4 }}>
            Swatch
          </th>
          <th scope="col" style={{ textAlign: 'start', padding: 4 }}>
            Property
          </th>
          <th scope="col" style={{ textAlign: 'start', padding: 4 }}>
            Used for
          </th>
        </tr>
      </thead>
      <tbody>
        {TOKENS.map(([name, use]) => (
          <tr key={name}>
            <td style={{ padding: 4 }}>
              <span
                data-token={name}
                style={{
                  display: 'inline-block',
                  width: 32,
                  height: 20,
                  borderRadius: 4,
                  border: '1px solid var(--fl-border)',
                  background: `var(${name})`,
                }}
              />
            </td>
            <td style={{ padding: 4 }}>
              <code>{name}</code>
            </td>
            <td style={{ padding: 4 }}>{use}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const meta = {
  title: 'Foundations/Theme',
  component: TokenTable,
  parameters: {
    docs: {
      description: {
        component:
          'Every faultline component is painted with these `--fl-*` custom properties. Import `@faultline/react/styles.css` once; override any property on `:root` or on a container. Dark follows the system, or `data-theme="dark"` on any ancestor (the toolbar switch sets it on `<html>`).',
      },
    },
  },
} satisfies Meta<typeof TokenTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Light: Story = {
  globals: { theme: 'light' },
  play: async ({ canvasElement }) => {
    const swatch = within(canvasElement).getByText('--fl-bg').closest('tr')?.querySelector('[data-token]');
    await expect(getComputedStyle(swatch as Element).backgroundColor).toBe('rgb(255, 255, 255)');
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const swatch = within(canvasElement).getByText('--fl-bg').closest('tr')?.querySelector('[data-token]');
    await expect(getComputedStyle(swatch as Element).backgroundColor).toBe('rgb(28, 33, 40)');
  },
};
