/** A toolbar button's face: its icon, and its name below it, which is also what a screen reader says. */
export function Tool({ icon, label }: { icon: string; label: string }) {
  return (
    <>
      <b aria-hidden="true">{icon}</b>
      {label}
    </>
  )
}
