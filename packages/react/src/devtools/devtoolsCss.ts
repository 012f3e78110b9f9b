/**
 * The panel's styles, shipped with its chunk rather than in styles.css (an app without the devtools
 * pays nothing for them), themed by the kit's --fl-* properties, so light and dark follow the app.
 */
export const DEVTOOLS_CSS = `
.fld-root { font: 13px/1.4 system-ui, sans-serif; color: var(--fl-fg); }
.fld-root button { font: inherit; color: inherit; background: var(--fl-bg); border: 1px solid var(--fl-border); border-radius: 6px; padding: 0.2rem 0.6rem; cursor: pointer; }
.fld-root button:disabled { cursor: not-allowed; opacity: 0.6; }
.fld-root :focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 1px; }
.fld-toggle { position: fixed; z-index: 2147483000; box-shadow: var(--fl-shadow); font-weight: 600; }
.fld-toggle[data-position^="bottom"] { bottom: 12px; }
.fld-toggle[data-position^="top"] { top: 12px; }
.fld-toggle[data-position$="right"] { right: 12px; }
.fld-toggle[data-position$="left"] { left: 12px; }
.fld-panel { position: fixed; z-index: 2147483000; left: 0; right: 0; bottom: 0; display: flex; flex-direction: column; background: var(--fl-bg); color: var(--fl-fg); border-top: 1px solid var(--fl-border); box-shadow: var(--fl-shadow); }
.fld-resize { height: 6px; cursor: ns-resize; background: var(--fl-border); flex: none; touch-action: none; }
.fld-header { display: flex; align-items: center; gap: 0.5rem; padding: 0.25rem 0.75rem; border-bottom: 1px solid var(--fl-border); flex: none; }
.fld-header h2 { font-size: 14px; margin: 0; }
.fld-count { color: var(--fl-muted); margin-right: auto; }
.fld-body { display: grid; grid-template-columns: minmax(14rem, 2fr) 5fr; min-height: 0; flex: 1; }
.fld-empty { padding: 0.75rem; color: var(--fl-muted); margin: 0; }
.fld-list { list-style: none; margin: 0; padding: 0; overflow: auto; border-right: 1px solid var(--fl-border); }
.fld-root .fld-item { display: grid; grid-template-columns: auto 1fr auto; gap: 0 0.5rem; width: 100%; text-align: left; border: 0; border-bottom: 1px solid var(--fl-border); border-radius: 0; padding: 0.35rem 0.6rem; }
.fld-root .fld-item[aria-current="true"] { background: var(--fl-info-bg); box-shadow: inset 3px 0 var(--fl-info); }
.fld-item time, .fld-dialect { color: var(--fl-muted); }
.fld-request { font-weight: 600; overflow-wrap: anywhere; }
.fld-message { grid-column: 1 / -1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.fld-status { font-weight: 600; color: var(--fl-danger); }
.fld-detail { display: grid; grid-template-columns: 1fr 1fr; gap: 0.75rem; padding: 0.5rem 0.75rem; overflow: auto; min-height: 0; }
.fld-detail h3 { font-size: 13px; margin: 0 0 0.25rem; }
.fld-detail h4 { font-size: 12px; margin: 0.5rem 0 0.25rem; color: var(--fl-muted); }
.fld-detail p { margin: 0; }
.fld-raw, .fld-model { min-width: 0; }
.fld-pre { margin: 0; padding: 0.4rem; font: 12px/1.4 ui-monospace, monospace; background: var(--fl-info-bg); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 24rem; overflow: auto; }
.fld-actions { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin-bottom: 0.5rem; }
.fld-copy-status { color: var(--fl-muted); }
.fld-tabs { display: flex; gap: 0.25rem; margin-bottom: 0.4rem; }
.fld-root .fld-tabs [aria-selected="true"] { background: var(--fl-info-bg); border-color: var(--fl-info); font-weight: 600; }
.fld-preview { margin-top: 0.5rem; }
.fld-dialects { margin: 0; padding-left: 1.5rem; }
.fld-trace { border-collapse: collapse; width: 100%; }
.fld-trace th, .fld-trace td { text-align: left; padding: 0.15rem 0.4rem; border-bottom: 1px solid var(--fl-border); vertical-align: top; overflow-wrap: anywhere; }
@media (max-width: 700px) { .fld-body, .fld-detail { grid-template-columns: 1fr; } }
`;
