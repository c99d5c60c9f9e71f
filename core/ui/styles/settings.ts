// 设置: the reader's choices and the storage panel.
export const settings = `
fieldset{border:1px solid var(--rule);margin:.5rem 0}
label{display:inline-block;min-height:44px;line-height:44px;margin-right:1rem}
.kept{list-style:none;padding:0}
`
