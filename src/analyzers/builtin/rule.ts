/** A built-in rule as loaded from its YAML file (the format is documented in rules/README.md). */
import type { Language, ReviewGuidance } from '../../core/types.js';
import type { SourceKind } from './taint/model.js';

export type Confidence = 'high' | 'medium' | 'low';

/**
 * A test on one capture of the match; every test given must hold. Declarative on purpose: rules are
 * data, so what a rule may ask about a node is this closed list, not code.
 */
export interface Constraint {
  capture: string;
  /** The capture's text matches this regular expression (JavaScript syntax, unanchored). */
  regex?: string;
  'not-regex'?: string;
  /** true: the capture is built only from literals (no identifier, call or interpolation). */
  constant?: boolean;
  /** The capture's node type is one of these. */
  type?: string[];
  'not-type'?: string[];
  /** true: the capture is an identifier declared in scope as an array with a constant size (C/C++). */
  'fixed-size-array'?: boolean;
  /** The capture has exactly this many named children (e.g. arguments in an argument list). */
  'named-children'?: number;
  /** The text of the function around the capture (the file, outside functions) matches this. */
  'function-regex'?: string;
  /** ... does not match this: e.g. no allow-list check anywhere in that function. */
  'function-not-regex'?: string;
}

export interface MatchSpec {
  /** A tree-sitter query; its `@match` capture is the reported region. */
  query: string;
  where?: Constraint[];
}

export interface TaintPattern {
  /** A tree-sitter query with a `@source` (in sources) or `@sanitizer` (in sanitizers) capture. */
  query: string;
  description?: string;
}

/**
 * Intra-procedural taint: does a value from a source reach a sink capture of `match.query`, through
 * assignments, string building and local functions' returns, without passing a sanitizer?
 */
export interface TaintSpec {
  /** Source kinds from the language's models (`http`, `cli` ...), or queries of the rule's own. */
  sources: (SourceKind | TaintPattern)[];
  /** Captures of `match.query` whose value must not come from a source. */
  sinks: string[];
  /** Added to the models' sanitizers (type conversions and the like). */
  sanitizers?: TaintPattern[];
  /** false: ignore the models' sanitizers (for a size computation, a number from atoi is the danger). */
  'model-sanitizers'?: boolean;
  /** true: report a match only when a source reaches a sink. false (default): report every match, at `confidence` when one does. */
  required?: boolean;
  /** The finding's confidence when a source reaches a sink. Default high. */
  confidence?: Confidence;
}

export interface FixSpec {
  /** The replacement text; `{{name}}` is a capture's text, `{{name|transform:arg}}` a transformed capture. */
  template: string;
  /** The capture the template replaces (default `match`). */
  replace?: string;
  description: string;
  guidance: ReviewGuidance;
  /** The fix is offered only when these hold too: where a rewrite is sound is narrower than where the weakness is. */
  where?: Constraint[];
  /**
   * Imports the replacement needs, added after the file's imports when missing (imports.ts): a
   * statement in Python (`import secrets`), a class in Java, an import path in Go.
   */
  imports?: string[];
  /** Further replacements the same fix makes, each of another capture (`shell=True` → `shell=False`). */
  also?: { replace: string; template: string }[];
}

export interface Rule {
  id: string;
  languages: Language[];
  cwe: number[];
  message: string;
  description: string;
  severity?: number;
  confidence: Confidence;
  match?: MatchSpec;
  taint?: TaintSpec;
  fix?: FixSpec;
  references: string[];
  /** The file the rule came from, for messages. */
  source: string;
}

export const CONFIDENCE_SCORE: Readonly<Record<Confidence, number>> = { high: 0.9, medium: 0.6, low: 0.3 };
