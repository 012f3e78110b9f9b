import type { ReactNode } from 'react';

/** The top of a screen: its one `h1` (focused after navigation), a line on what it is for, actions. */
export function ScreenHeader({
  title,
  children,
  actions,
}: {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}): ReactNode {
  return (
    <div className="screen-header">
      <div>
        <h1 tabIndex={-1}>{title}</h1>
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
