interface SwitchProps {
  on: boolean
  /** Id of the element naming what is switched (the category or service heading). */
  labelledBy: string
  /** Id of what qualifies its state ("Partly allowed"), if anything does. */
  describedBy?: string
  /** For `necessary`: shown on, cannot be changed. */
  disabled?: boolean
  onToggle(on: boolean): void
}

/** An on/off button that tells assistive technology its state (`role="switch"`, `aria-checked`). */
export const Switch = ({ on, labelledBy, describedBy, disabled, onToggle }: SwitchProps) => (
  <button
    type="button"
    role="switch"
    class="cy-switch"
    aria-checked={on}
    aria-labelledby={labelledBy}
    aria-describedby={describedBy}
    disabled={disabled}
    onClick={() => onToggle(!on)}
  />
)
