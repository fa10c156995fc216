export const optionsCss = `
body { font: 14px/1.5 system-ui, sans-serif; color: #1f2328; margin: 0; background: #f6f8fa; }
main { max-width: 760px; margin: 24px auto; padding: 0 16px; }
section { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin: 0 0 8px; }
.atl-message { padding: 8px 12px; border-radius: 6px; margin-bottom: 12px; }
.atl-message-error { background: #ffebe9; border: 1px solid #ff8182; color: #82071e; }
.atl-message-info { background: #dafbe1; border: 1px solid #4ac26b; color: #116329; }
.atl-modes label { display: block; margin: 2px 0; }
input[type=text] { font: inherit; padding: 4px 6px; }
`;
