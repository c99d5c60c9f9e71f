import type { ComponentChildren } from 'preact'

/** Marks a server-rendered part the browser hydrates: client/main.ts finds it by name. */
export function Island({ name, props, children }: { name: string; props: object; children: ComponentChildren }) {
  return (
    <div class={`island island-${name}`} data-island={name} data-props={JSON.stringify(props)}>
      {children}
    </div>
  )
}
