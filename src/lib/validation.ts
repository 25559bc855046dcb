import type { z } from 'zod';
import { DomainError } from '../errors.js';

/** Validates one input value with zod; a failure is a BAD_USER_INPUT naming the field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, field: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DomainError('BAD_USER_INPUT', `${field}: ${issue?.message ?? 'invalid'}`, { field });
  }
  return result.data;
}

/**
 * Characters refused in every text a client sends (names, titles, file names, free text alike):
 * NUL, which PostgreSQL cannot store in text; lone UTF-16 surrogates, which are not text at all;
 * and the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069),
 * with which a name or file name can display differently from what it is ("Trojan Source";
 * `报告\u202Efdp.exe` shows as `报告exe.pdf`). Chinese, and right-to-left scripts such as Uyghur, display
 * correctly without them; we refuse rather than silently strip, so the writer sees what happened.
 */
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export type TextProblem = 'NUL' | 'LONE_SURROGATE' | 'BIDI_CONTROL';

/** What is wrong with a client's text, or undefined when it may be stored and shown. */
export function textProblem(text: string): TextProblem | undefined {
  if (NUL.test(text)) return 'NUL';
  if (LONE_SURROGATE.test(text)) return 'LONE_SURROGATE';
  if (BIDI_CONTROL.test(text)) return 'BIDI_CONTROL';
  return undefined;
}

const PROBLEM_TEXT: Record<TextProblem, string> = {
  NUL: '含空字符 (holds a NUL character)',
  LONE_SURROGATE: '含无效的Unicode代理字符 (holds a lone UTF-16 surrogate)',
  BIDI_CONTROL: '含双向文本控制字符 (holds a bidirectional override or isolate control, U+202A–U+202E or U+2066–U+2069)',
};

/** The INVALID_CHARACTERS error for a text, naming the field or argument. */
export function invalidCharacters(field: string, problem: TextProblem): DomainError {
  return new DomainError('INVALID_CHARACTERS', `${field}: ${PROBLEM_TEXT[problem]}`, { field, reason: problem });
}

/** Throws INVALID_CHARACTERS when a text holds a refused character; returns it unchanged otherwise. */
export function assertCleanText(text: string, field: string): string {
  const problem = textProblem(text);
  if (problem) throw invalidCharacters(field, problem);
  return text;
}
