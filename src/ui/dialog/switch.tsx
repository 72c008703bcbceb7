interface SwitchProps {
  on: boolean
  /** Id of the element naming what is switched (the category or service heading). */
  labelledBy: string
  /** For `necessary`: shown on, cannot be changed. */
  disabled?: boolean
  onToggle(on: boolean): void
}

/** An on/off button that tells assistive technology its state (`role="switch"`, `aria-checked`). */
export const Switch = ({ on, labelledBy, disabled, onToggle }: SwitchProps) => (
  <button
    type="button"
    role="switch"
    class="cy-switch"
    aria-checked={on}
    aria-labelledby={labelledBy}
    disabled={disabled}
    onClick={() => onToggle(!on)}
  />
)
