import type { NoteEvidence } from '../detect/evidence-store';
import type { NoteDiagnostic } from '../model/diagnostic';
import type { EvidencePlace } from '../model/evidence-piece';
import type { Evidence } from '../model/flag';

/** The tables a state's evidence rows refer to by number (see DetectorState). */
export interface EvidenceTables {
  dynamics: string[];
  texts: string[];
}

/** Numbers per piece in a state's evidence rows (see DetectorState). */
export const PIECE_WIDTH = 7;

/** How to make piece `i` of a note's rows: one for a whole state, so that a note taken up holds no function of its own. */
export type PieceMaker = (note: ImportedEvidence, i: number) => Evidence;

/**
 * A note's evidence taken up from the cache, made into objects only as they are needed: the pieces
 * flags cite at once, the rest when the note's evidence is next read. A piece is made once, so a
 * flag and the note share it, as they do when computed. Written back unread, it keeps its rows and
 * the tables they refer to.
 */
export class ImportedEvidence implements NoteEvidence, EvidencePlace {
  private readonly pieces: (Evidence | undefined)[];
  private all: Evidence[] | undefined;

  constructor(
    /** The note's path, kind and date, which every piece repeats. */
    readonly path: string,
    readonly noteType: Evidence['noteType'],
    readonly date: Evidence['date'],
    readonly diagnostics: NoteDiagnostic[],
    /** As taken up: PIECE_WIDTH numbers per piece, in `tables`. */
    readonly rows: number[],
    readonly tables: EvidenceTables,
    private readonly make: PieceMaker,
  ) {
    this.pieces = new Array<Evidence | undefined>(Math.floor(rows.length / PIECE_WIDTH));
  }

  piece(i: number): Evidence | undefined {
    if (i < 0 || i >= this.pieces.length) return undefined;
    return (this.pieces[i] ??= this.make(this, i));
  }

  /** The row a piece made here came from, or -1. */
  rowOf(piece: Evidence): number {
    return this.pieces.indexOf(piece);
  }

  get evidence(): Evidence[] {
    if (!this.all) {
      this.all = [];
      for (let i = 0; i < this.pieces.length; i++) this.all.push(this.piece(i)!);
    }
    return this.all;
  }
}
