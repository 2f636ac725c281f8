/** A real checkbox with role=switch and its label: keyboard, screen readers and clicks on the text all work. */
export function Switch({ label, checked, onChange, hint }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">
        {label}
        {hint && <span class="switch-hint">{hint}</span>}
      </span>
    </label>
  );
}

interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}
