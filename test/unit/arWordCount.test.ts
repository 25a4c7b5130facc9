// wordCount reads char codes for speed; its answer must stay the one of its definition: the pieces
// of String.split(/[\s\u00a0]+/) that hold a letter or a digit (/[\p{L}\p{N}]/u).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordCount } from '../../server/src/article/ar/classify';

function byDefinition(s: string): number {
  let n = 0;
  for (const w of s.split(/[\s\u00a0]+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
  return n;
}

test('wordCount answers the definition for every UTF-16 code unit, alone and between words', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, 'a' + ch + 'ب', '- ' + ch + ' -']) {
      if (wordCount(s) !== byDefinition(s)) assert.equal(wordCount(s), byDefinition(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`);
    }
  }
});

test('wordCount on Arabic quotes, surrogate pairs, lone surrogates and odd spaces', () => {
  const samples = ['قال  «نحن هنا»', 'رؤية 2030', '٣ أيام', '𝐀 b', '- 𝐀 -', '\ud835', 'a\ud835', '\udc00 x', '😀 b', 'a\u00a0b', 'x\u2028y', ' ', '', '… — …'];
  for (const s of samples) assert.equal(wordCount(s), byDefinition(s), JSON.stringify(s));
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pool = ['a', ' ', '\u00a0', '،', '.', 'ب', '٣', '\ud835\udc00', '\ud835', '\udc00', '\u2003', '\t', '-', 'ـ', '\u064b', '\u200b', '\ufeff', '😀'];
  for (let k = 0; k < 20000; k++) {
    let s = '';
    const length = 1 + Math.floor(next() * 12);
    for (let i = 0; i < length; i++) s += pool[Math.floor(next() * pool.length)];
    assert.equal(wordCount(s), byDefinition(s), JSON.stringify(s));
  }
});
