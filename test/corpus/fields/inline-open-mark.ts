import type { FieldRow } from "../fieldRow";

// An open status in brackets inside the text ("**Firmware (pending):** …") keeps the item open even under a
// heading of work done; "(new)" or "(next)" there name a thing, not a status.
export const rows: FieldRow[] = [
  {
    branch: "status: '(pending)' inside a bold label keeps the item open under 'Actions taken'",
    markdown:
      "# Sensor fault\n\n## Actions taken\n\n- **Firmware (pending):** retry the sensor read twice before faulting\n",
    expect: { status: "open" },
  },
  {
    branch: "status: '(new)' inside the text names a thing and leaves the heading's done",
    markdown:
      "# Sensor fault\n\n## Actions taken\n\n- Moved the (new) sensor queue onto the spare host\n",
    expect: { status: "done" },
  },
];
