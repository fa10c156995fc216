/**
 * Styles of the flag components. px only: inside a page's shadow root `rem` follows the page's
 * <html> font-size (wxt PR #2330). The content script adds this string to its shadow root;
 * the options page and popup add it to their document.
 */
export const personFlagsCss = `
.atl-flags { font: 13px/1.4 system-ui, sans-serif; color: #1f2328; margin-top: 8px; border-top: 1px solid #d0d7de; padding-top: 8px; }
.atl-flags h4 { font-size: 12px; margin: 0 0 4px; color: #57606a; text-transform: uppercase; letter-spacing: 0.5px; }
.atl-flag { padding: 4px 0; border-bottom: 1px dashed #eaeef2; }
.atl-flag:last-child { border-bottom: none; }
.atl-flag-move { font-weight: 600; }
.atl-flag-meta { color: #57606a; font-size: 12px; }
.atl-flag-quote { color: #57606a; font-size: 12px; font-style: italic; margin: 2px 0; }
.atl-badge { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 8px; margin-left: 6px; border: 1px solid; }
.atl-badge-open { color: #9a6700; border-color: #d4a72c; background: #fff8c5; }
.atl-badge-confirmed { color: #1a7f37; border-color: #4ac26b; background: #dafbe1; }
.atl-badge-retracted { color: #57606a; border-color: #afb8c1; background: #f6f8fa; text-decoration: line-through; }
.atl-btn { font: inherit; font-size: 12px; padding: 3px 10px; border-radius: 6px; border: 1px solid #afb8c1; background: #f6f8fa; color: #1f2328; cursor: pointer; margin: 4px 6px 0 0; }
.atl-btn:hover { background: #eaeef2; }
.atl-btn-primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
.atl-btn-primary:hover { background: #1a5fd0; }
.atl-form { display: grid; gap: 6px; margin-top: 6px; }
.atl-form label { display: grid; gap: 2px; font-size: 12px; color: #57606a; }
.atl-form input, .atl-form select, .atl-form textarea { font: inherit; font-size: 13px; padding: 4px 6px; border: 1px solid #afb8c1; border-radius: 4px; color: #1f2328; background: #fff; }
.atl-form [aria-invalid="true"] { border-color: #cf222e; }
.atl-row { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
.atl-errors { color: #cf222e; font-size: 12px; margin: 0; padding-left: 16px; }
.atl-error { color: #cf222e; font-size: 12px; }
.atl-info { color: #1a7f37; font-size: 12px; }
.atl-muted { color: #57606a; font-size: 12px; }
`;
