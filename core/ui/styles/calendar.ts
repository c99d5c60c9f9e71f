// 往期's month calendar: seven columns of at least 44 px, which fit a 390 px phone. Its caption
// (the month) is for screen readers: the page's heading shows it already.
export const calendar = `
.cal table{width:100%;border-collapse:collapse;table-layout:fixed;text-align:center}
.cal caption{position:absolute;clip-path:inset(50%);width:1px;height:1px;overflow:hidden}
.cal th{font-weight:400;color:var(--muted);font-size:.875rem}
.cal td{padding:0;height:44px}
.cal td a,.cal td span{display:block;min-width:44px;line-height:44px}
.cal td span{color:var(--muted)}
.cal td a{font-weight:700;text-decoration:none;background:var(--rule);border-radius:4px}
.cal .today{outline:2px solid var(--brand);outline-offset:-2px}
.cal .sel{outline:2px dashed var(--muted);outline-offset:-2px}
`
