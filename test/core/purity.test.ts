import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// src/core must stay pure: no React, React Flow or zustand, no browser globals, and no imports
// reaching out of src/core (into the store, the UI or platform services). Files are parsed (not
// matched with regular expressions), so a property called `document` or a comment mentioning
// `window` is not mistaken for a use.

const CORE = resolve(__dirname, '../../src/core');
const FORBIDDEN_MODULES = [/^react(\/|$)/, /^react-dom(\/|$)/, /^@xyflow\//, /^zustand(\/|$)/];
const FORBIDDEN_GLOBALS = new Set(['window', 'document', 'navigator', 'indexedDB', 'localStorage', 'sessionStorage']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Names the file declares itself (variables, parameters, functions, imports): not globals there. */
function declaredNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node) || ts.isFunctionDeclaration(node) ||
        ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** Whether an identifier is a name being read, rather than a property name or a key. */
function isReference(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === id) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) ||
    ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent) || ts.isEnumMember(parent) ||
    ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) && parent.name === id) return false;
  if (ts.isQualifiedName(parent) && parent.right === id) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === id) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  return true;
}

function findImpurities(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const problems: string[] = [];
  const where = (node: ts.Node) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return `${relative(CORE, path)}:${line + 1}`;
  };
  const checkModule = (node: ts.Node, specifier: string) => {
    if (FORBIDDEN_MODULES.some((re) => re.test(specifier))) problems.push(`${where(node)} imports "${specifier}"`);
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(path), specifier);
      if (relative(CORE, target).startsWith('..')) problems.push(`${where(node)} imports "${specifier}" from outside src/core`);
    }
  };
  const declared = declaredNames(file);
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkModule(node, node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0]) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      checkModule(node, node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      checkModule(node, node.argument.literal.text);
    } else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && !declared.has(node.text) && isReference(node)) {
      problems.push(`${where(node)} uses the browser global "${node.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return problems;
}

describe('src/core purity', () => {
  it('finds what it is meant to find', () => {
    const path = join(CORE, 'model/example.ts');
    const bad = [
      "import { useState } from 'react';",
      "import type { Node } from '@xyflow/react';",
      "export { createStore } from 'zustand/vanilla';",
      "import { x } from '../../store/editorStore';",
      "const lazy = () => import('react-dom');",
      'const w = window.innerWidth;',
      "if (typeof navigator !== 'undefined') localStorage.setItem('a', 'b');",
      'const el = document.createElement("div");',
      'indexedDB.open("x");',
    ].join('\n');
    expect(findImpurities(path, bad)).toHaveLength(10);
  });

  it('does not mistake property names, keys, comments or local names for browser globals', () => {
    const path = join(CORE, 'format/example.ts');
    const fine = [
      '// window and document are mentioned here only',
      'const envelope = { document: 1, window: 2 };',
      'const d = envelope.document + envelope.window;',
      "type T = { navigator: string };",
      "const text = 'document';",
      "import { a } from './sibling';",
      "import { b } from '../dates/partialDate';",
      'function f(document: unknown) { return document; }',
    ].join('\n');
    expect(findImpurities(path, fine)).toEqual([]);
  });

  it('holds for every file under src/core', () => {
    const files = sourceFiles(CORE);
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((path) => findImpurities(path, readFileSync(path, 'utf8')));
    expect(problems).toEqual([]);
  });
});
