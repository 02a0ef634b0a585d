export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'personal' | 'repetitive';

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/**
 * The shapes a common password takes when someone pads it to the length rule: the password
 * itself, without the digits and symbols around it, with leetspeak undone, or repeated.
 */
function variants(password: string): string[] {
  const lower = password.toLowerCase();
  const strip = (s: string) => s.replace(/^[^a-z]+|[^a-z]+$/g, '');
  const unleet = (s: string) => s.replace(/[013457@$!]/g, (c) => LEET[c] ?? c);
  // Padding comes off first ("p@ssw0rd!!!!" → "p@ssw0rd"), then leetspeak is undone.
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  const half = lower.length % 2 === 0 ? lower.slice(0, lower.length / 2) : '';
  const repeated = half && half + half === lower ? [half] : [];
  return [
    lower,
    core,
    strip(lower),
    unleet(lower),
    unleet(core),
    strip(unleet(lower)),
    ...repeated,
  ].filter((v) => v.length >= 4);
}

/**
 * What is wrong with a new password, if anything. At least 12 characters, not a common password
 * (padded or not), not the person's own name or address, not one character repeated.
 */
export function checkPassword(
  password: string,
  context: { email?: string; name?: string; common: ReadonlySet<string> },
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push('too-short');
  if (password.length > MAX_PASSWORD_LENGTH) problems.push('too-long');
  if (/^(.)\1*$/su.test(password) || /^(.{1,3})\1+$/su.test(password)) problems.push('repetitive');
  if (variants(password).some((v) => context.common.has(v))) problems.push('common');
  const lower = password.toLowerCase();
  const personal = [
    context.email?.split('@')[0],
    context.email,
    ...(context.name?.split(/\s+/) ?? []),
  ]
    .map((p) => p?.toLowerCase() ?? '')
    .filter((p) => p.length >= 4);
  if (personal.some((p) => lower.includes(p))) problems.push('personal');
  return problems;
}
