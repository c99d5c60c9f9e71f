// 设置: the reader's choices and the storage panel.
import { mine } from './mine'

export const settings = `
fieldset{border:1px solid var(--rule);margin:.5rem 0}
label{display:inline-block;min-height:44px;line-height:44px;margin-right:1rem}
.kept{list-style:none;padding:0}.kept a{display:inline-block;line-height:44px}
.confirm{border:1px solid var(--rule);background:var(--bg);color:var(--fg);max-width:22rem}
.confirm::backdrop{background:#0009}.confirm button{margin:.5rem .5rem 0 0;padding:0 1rem}
input[type=range]{width:100%;height:44px;margin:0}
${mine}
`
