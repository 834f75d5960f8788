import type { Evidence, EvidenceSource } from './flag';
import type { IsoDay } from './note';
import type { NoteKind } from './note-types';
import { ROLES, type Role } from './role';

/** What every piece of one note's evidence shares, kept once for the note rather than in each piece. */
export interface EvidencePlace {
  readonly path: string;
  readonly noteType: NoteKind;
  readonly date: IsoDay | null;
}

/** Every source, in the order their numbers are kept (here and in the cache). */
export const SOURCES: readonly EvidenceSource[] = ['property', 'tag', 'text', 'contract', 'learnt'];

// The role's number, the source's, a bit per role of `roles` and the line, in one small integer:
// under 2^30, so that it stays a small integer where V8 compresses pointers (Obsidian's Electron).
const ROLE_MASK = 0b111;
const SOURCE_SHIFT = 3;
const SOURCE_MASK = 0b111 << SOURCE_SHIFT;
const ROLES_SHIFT = 6;
const ROLES_MASK = 0b1111111 << ROLES_SHIFT;
const LINE_SHIFT = 13;
/** The line kept for a piece whose line is this or beyond: its own is then in `farLines`. */
const FAR_LINE = (1 << (30 - LINE_SHIFT)) - 1;
/** Lines of 131,071 and beyond, which only a note of as many lines has: a field of every piece for them would cost every piece. */
const farLines = new WeakMap<EvidencePiece, number>();

/** A note's several roles, one shared list per combination: a piece keeps them as bits. */
const roleLists = new Map<number, Role[]>();

/** The roles whose bits (1 << index in ROLES) are set, in ROLES order: a shared list, frozen. */
export function rolesOfBits(bits: number): Role[] {
  let list = roleLists.get(bits);
  if (!list) roleLists.set(bits, (list = Object.freeze(ROLES.filter((_, i) => (bits & (1 << i)) !== 0)) as Role[]));
  return list;
}

/** The bits of a list of roles, as rolesOfBits reads them (0 for none). */
export function bitsOfRoles(roles: readonly Role[] | undefined): number {
  let bits = 0;
  for (const role of roles ?? []) bits |= 1 << ROLES.indexOf(role);
  return bits;
}

/**
 * One piece of evidence as the engine keeps it, for as long as its note: a vault's 10,000 notes
 * keep some 70,000. As an object of its own ten fields each took 88 bytes; here the note's path,
 * kind and date are its place's (one per note) and the role, source, roles and line one number, so
 * a piece is four fields. It reads as an Evidence, and JSON writes it as one (toJSON), but its own
 * keys are not Evidence's: compare pieces by their toJSON, not by their keys.
 */
export class EvidencePiece implements Evidence {
  /** The role's number, the source's, a bit per role of `roles`, and the line. */
  private packed: number;
  /** Only a supervision note's pieces have a case (ScopedEvidencePiece): not a field of every piece. */
  declare readonly scope?: readonly string[];

  constructor(
    private readonly place: EvidencePlace,
    readonly dynamic: string,
    role: Role,
    source: EvidenceSource,
    line: number,
    readonly text: string,
  ) {
    // Any other number (a damaged cache's) is kept as it is, beside, as a far line is.
    const near = Number.isInteger(line) && line >= 0 && line < FAR_LINE;
    this.packed = ROLES.indexOf(role) | (SOURCES.indexOf(source) << SOURCE_SHIFT) | ((near ? line : FAR_LINE) << LINE_SHIFT);
    if (!near) farLines.set(this, line);
  }

  get line(): number {
    const line = this.packed >>> LINE_SHIFT;
    return line === FAR_LINE ? (farLines.get(this) ?? line) : line;
  }

  get path(): string {
    return this.place.path;
  }

  get noteType(): NoteKind {
    return this.place.noteType;
  }

  get date(): IsoDay | null {
    return this.place.date;
  }

  get role(): Role {
    return ROLES[this.packed & ROLE_MASK];
  }

  set role(role: Role) {
    this.packed = (this.packed & ~ROLE_MASK) | ROLES.indexOf(role);
  }

  get source(): EvidenceSource {
    return SOURCES[(this.packed & SOURCE_MASK) >> SOURCE_SHIFT];
  }

  set source(source: EvidenceSource) {
    this.packed = (this.packed & ~SOURCE_MASK) | (SOURCES.indexOf(source) << SOURCE_SHIFT);
  }

  /** Every role, when the piece has more than one (a shared list: set a new one, never change it). */
  get roles(): Role[] | undefined {
    const bits = (this.packed & ROLES_MASK) >> ROLES_SHIFT;
    return bits === 0 ? undefined : rolesOfBits(bits);
  }

  set roles(roles: readonly Role[] | undefined) {
    this.packed = (this.packed & ~ROLES_MASK) | (bitsOfRoles(roles) << ROLES_SHIFT);
  }

  /** The piece as a plain Evidence, its keys in the order a piece was written before it was packed. */
  toJSON(): Evidence {
    const plain: Evidence = { path: this.path, dynamic: this.dynamic, noteType: this.noteType, date: this.date, role: this.role, source: this.source, line: this.line, text: this.text };
    if (this.scope) plain.scope = this.scope;
    const roles = this.roles;
    if (roles) plain.roles = roles;
    return plain;
  }
}

/** A piece of a supervision note with the case it belongs to (Evidence.scope): a field only such pieces have. */
export class ScopedEvidencePiece extends EvidencePiece {
  constructor(place: EvidencePlace, dynamic: string, role: Role, source: EvidenceSource, line: number, text: string, override readonly scope: readonly string[]) {
    super(place, dynamic, role, source, line, text);
  }
}

/** A piece with or without a scope. */
export function evidencePiece(place: EvidencePlace, dynamic: string, role: Role, source: EvidenceSource, line: number, text: string, scope?: readonly string[]): EvidencePiece {
  return scope ? new ScopedEvidencePiece(place, dynamic, role, source, line, text, scope) : new EvidencePiece(place, dynamic, role, source, line, text);
}

/** Evidence as a plain object of its own fields, whether a piece or one already plain: to copy it with a field changed. */
export function plainEvidence(e: Evidence): Evidence {
  return e instanceof EvidencePiece ? e.toJSON() : e;
}
