/**
 * State that belongs to one open workspace and lives exactly as long as it — the kiosk session,
 * the report jobs — owned by the workspace (`workspace.state`), not kept in module-level maps.
 * A restore opens a new Workspace, and with it fresh state; the state of the old one goes with it.
 *
 * A module declares its kind of state once (`defineWorkspaceState`) and reads it with
 * `workspace.state.get(slot)`: created on first use, the same object on every later call.
 * Generic over the owner so this module needs nothing of the Workspace (no import circle).
 */
export interface StateSlot<Owner, Value> {
  /** For messages and debugging only; slots are told apart by identity. */
  readonly name: string;
  readonly create: (owner: Owner) => Value;
}

export function defineWorkspaceState<Owner, Value>(
  name: string,
  create: (owner: Owner) => Value,
): StateSlot<Owner, Value> {
  return { name, create };
}

export class OwnedState<Owner> {
  private readonly values = new Map<StateSlot<Owner, unknown>, unknown>();

  constructor(private readonly owner: Owner) {}

  get<Value>(slot: StateSlot<Owner, Value>): Value {
    if (!this.values.has(slot)) this.values.set(slot, slot.create(this.owner));
    return this.values.get(slot) as Value;
  }
}
