export interface CooldownRule {
  /** Uses allowed per user within the window. */
  uses: number;
  seconds: number;
}

/** Per-user sliding windows for heavy commands; in memory, so a restart forgives everyone. */
export class Cooldowns {
  private readonly used = new Map<string, number[]>();

  /** Records a use and returns 0, or the whole seconds to wait when the user is over the limit. */
  take(userId: string, key: string, rule: CooldownRule, now = Date.now()): number {
    const id = `${key}:${userId}`;
    const windowStart = now - rule.seconds * 1000;
    const recent = (this.used.get(id) ?? []).filter((t) => t > windowStart);
    if (recent.length >= rule.uses) {
      this.used.set(id, recent);
      return Math.max(1, Math.ceil((recent[0]! - windowStart) / 1000));
    }
    recent.push(now);
    this.used.set(id, recent);
    return 0;
  }
}
