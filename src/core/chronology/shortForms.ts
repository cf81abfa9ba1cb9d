/**
 * Common English short forms of given names, both ways: a chronology writes "Beth" for
 * Elizabeth and "Danny" for Daniel. Small on purpose: the forms a record commonly uses.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['elizabeth', 'beth', 'liz', 'lizzie', 'lizzy', 'eliza', 'betty', 'bettie', 'libby', 'elise'],
  ['bethany', 'beth'],
  ['william', 'will', 'bill', 'billy', 'liam', 'willie'],
  ['robert', 'rob', 'bob', 'bobby', 'robbie'],
  ['richard', 'rich', 'rick', 'ricky', 'dick'],
  ['michael', 'mike', 'mick', 'micky', 'mikey'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davey'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny'],
  ['jonathan', 'jon', 'jonny'],
  ['joseph', 'joe', 'joey'],
  ['thomas', 'tom', 'tommy'],
  ['christopher', 'chris'],
  ['christine', 'chris', 'chrissie'],
  ['anthony', 'tony'],
  ['andrew', 'andy', 'drew'],
  ['matthew', 'matt'],
  ['nicholas', 'nick', 'nicky'],
  ['alexander', 'alex', 'sandy'],
  ['alexandra', 'alex', 'lexi'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sam', 'sammy'],
  ['charles', 'charlie', 'chas'],
  ['charlotte', 'charlie', 'lottie'],
  ['edward', 'ed', 'eddie', 'ted'],
  ['frederick', 'fred', 'freddie'],
  ['henry', 'harry', 'hal'],
  ['patrick', 'pat', 'paddy'],
  ['patricia', 'pat', 'patsy', 'trish'],
  ['stephen', 'steve', 'stevie'],
  ['steven', 'steve', 'stevie'],
  ['peter', 'pete'],
  ['timothy', 'tim'],
  ['kenneth', 'ken', 'kenny'],
  ['margaret', 'maggie', 'meg', 'peggy', 'maggie'],
  ['katherine', 'kate', 'katie', 'kathy', 'kat'],
  ['catherine', 'cath', 'cathy', 'kate', 'katie'],
  ['rebecca', 'becky', 'becca'],
  ['jennifer', 'jen', 'jenny'],
  ['jessica', 'jess', 'jessie'],
  ['victoria', 'vicky', 'tori'],
  ['susan', 'sue', 'susie'],
  ['deborah', 'debbie', 'deb'],
  ['amanda', 'mandy'],
  ['abigail', 'abi', 'abby'],
  ['natasha', 'tasha'],
  ['kimberley', 'kim'],
  ['kimberly', 'kim'],
  ['gemma', 'gem'],
  ['nathan', 'nate'],
  ['joshua', 'josh'],
  ['zachary', 'zach', 'zac'],
  ['gregory', 'greg'],
  ['raymond', 'ray'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donny'],
  ['leonard', 'len', 'lenny'],
  ['terence', 'terry'],
  ['lawrence', 'larry', 'laurie'],
];

const FORMS = new Map<string, Set<string>>();
for (const group of GROUPS) {
  for (const name of group) {
    const set = FORMS.get(name) ?? new Set<string>();
    for (const other of group) if (other !== name) set.add(other);
    FORMS.set(name, set);
  }
}

/** The other forms of a given name (lower case): "elizabeth" → beth, liz, …; "beth" → elizabeth, bethany, … */
export function otherForms(name: string): ReadonlySet<string> {
  return FORMS.get(name.toLowerCase()) ?? new Set();
}
