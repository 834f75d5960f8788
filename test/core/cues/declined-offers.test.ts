import { describe, expect, it } from 'vitest';
import { createCueReader } from '../../../src/core/cues/cue-hits';
import { defaultDefinitions } from '../../../src/core/taxonomy/default-taxonomy';
import type { DynamicDefinition } from '../../../src/core/taxonomy/taxonomy';
import { cueDynamics as dynamicsOf } from '../../helpers/cue-dynamics';

describe('an offer the writer turns down', () => {
  it('is a boundary held, turned down in the next sentence or later in the same one', () => {
    expect(dynamicsOf('Marcus offered me consulting work at his firm and I said I would think about it.')).toContain('boundary-issues');
    expect(dynamicsOf('Marcus offered me consulting work at his firm; I declined and explained why.')).not.toContain('boundary-issues');
    expect(dynamicsOf('Marcus offered me consulting work at his firm. I thanked him and said no.')).not.toContain('boundary-issues');
    expect(dynamicsOf('Sam asked me to follow him on Instagram, but I politely declined.')).not.toContain('boundary-issues');
    expect(dynamicsOf('P: Sam asked me to follow him on Instagram.\nR: But I said no, and we talked about why.')).not.toContain('boundary-issues');
  });

  it('is no collusion: a suggestion to leave the hard thing alone, turned down', () => {
    expect(dynamicsOf('Sam suggested leaving the court case for another week, and I went along with it.')).toContain('collusion');
    expect(dynamicsOf('Sam suggested leaving the court case for another week, and I did not go along with it; we began.')).not.toContain('collusion');
  });

  it('needs the offer, and the writer turning it down', () => {
    // No offer: a session that ran over stays evidence, whatever the writer declined after it.
    expect(dynamicsOf('The session ran over by twenty minutes; I declined to charge for it.')).toContain('boundary-issues');
    // Someone else turning it down, or a refusal that is not the next sentence's opening, takes nothing away.
    expect(dynamicsOf('Marcus offered me consulting work at his firm; his wife declined it for me.')).toContain('boundary-issues');
    expect(dynamicsOf('Marcus offered me consulting work at his firm. We went on to his sleep, and later I declined a biscuit.')).toContain('boundary-issues');
  });

  it('takes away only a dynamic marked declinable', () => {
    const unmarked: DynamicDefinition[] = defaultDefinitions().map((d) => ({ ...d, declinable: undefined }));
    expect(dynamicsOf('Marcus offered me consulting work at his firm; I declined and explained why.', createCueReader(unmarked))).toContain('boundary-issues');
  });
});
