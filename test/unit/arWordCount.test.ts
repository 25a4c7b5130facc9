// wordCount, firstWord, lastWord and wordsOf read char codes for speed; their answers must stay those of their definitions:
// the pieces of String.split(/[\s\u00a0]+/) that hold a letter or a digit (/[\p{L}\p{N}]/u), s.trim().split(/\s+/)[0],
// the last of s.split(/\s+/), and s.split(/\s+/).filter(Boolean).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordCount } from '../../server/src/article/ar/classify';
import { firstWord, isJsSpace, lastWord, wordsOf } from '../../server/src/article/text';
import { firstWords } from '../../server/src/article/messages';
import { lastWords } from '../../server/src/article/quoteFindings';

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

test('isJsSpace is /\\s/ and firstWord is trim().split(/\\s+/)[0], for every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (isJsSpace(c) !== /\s/.test(ch)) assert.equal(isJsSpace(c), /\s/.test(ch), `U+${c.toString(16)}`);
    for (const s of [ch, ch + 'قال ' + ch + 'x', ' ' + ch + ch + ' و', 'ab' + ch + 'cd']) {
      const expected = s.trim().split(/\s+/)[0] ?? '';
      if (firstWord(s) !== expected) assert.equal(firstWord(s), expected, JSON.stringify(s));
    }
  }
  for (const s of ['', ' ', '  «نحن» هنا', '\u00a0\u2003قال', 'الوزير']) assert.equal(firstWord(s), s.trim().split(/\s+/)[0] ?? '');
});

test('lastWord is the last of split(/\\s+/) and wordsOf is split(/\\s+/).filter(Boolean), for every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, ch + 'قال ' + ch + 'x', ' ' + ch + ch + ' و', 'ab' + ch + 'cd', 'وزير الخارجية' + ch]) {
      const pieces = s.split(/\s+/);
      if (lastWord(s) !== pieces[pieces.length - 1]) assert.equal(lastWord(s), pieces[pieces.length - 1], JSON.stringify(s));
      if (wordsOf(s).join('|') !== pieces.filter(Boolean).join('|')) assert.deepEqual(wordsOf(s), pieces.filter(Boolean), JSON.stringify(s));
    }
  }
  for (const s of ['', ' ', 'جون كيري ', '\u00a0كيري', 'كيري']) {
    const pieces = s.split(/\s+/);
    assert.equal(lastWord(s), pieces[pieces.length - 1]);
    assert.deepEqual(wordsOf(s), pieces.filter(Boolean));
  }
});

test('firstWords and lastWords (the words a message quotes) are their split definitions', () => {
  const firstByDefinition = (s: string, max: number) => {
    const words = s.trim().split(/\s+/);
    return words.length <= max ? words.join(' ') : words.slice(0, max).join(' ') + '…';
  };
  const lastByDefinition = (s: string, max: number) => {
    const words = s.trim().split(/\s+/);
    return words.length <= max ? words.join(' ') : '…' + words.slice(-max).join(' ');
  };
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pool = ['a', 'bc', ' ', '  ', '\u00a0', '\n', '\t', '\u2028', '\u3000', '\ufeff', '\u200b', 'ب', '،', '"', '…'];
  for (let k = 0; k < 20000; k++) {
    let s = '';
    const length = Math.floor(next() * 16);
    for (let i = 0; i < length; i++) s += pool[Math.floor(next() * pool.length)];
    for (const max of [1, 4, 6]) {
      assert.equal(firstWords(s, max), firstByDefinition(s, max), `firstWords(${JSON.stringify(s)}, ${max})`);
      assert.equal(lastWords(s, max), lastByDefinition(s, max), `lastWords(${JSON.stringify(s)}, ${max})`);
    }
  }
});
