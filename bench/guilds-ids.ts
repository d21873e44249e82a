/** The benchmark's server ids: numbered Discord-like snowflakes, the same in every bench process. */
export const benchGuild = (n: number): string => String(10n ** 17n + BigInt(n));
