import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import { mergeConfig, validateConfig } from '../../src/config/validate-config.js';
import { evidenceSettings } from '../../src/evidence/index.js';

const shotsOf = (issue: string) =>
  defaultConfig.issueGroups.flatMap((g) => g.issues).find((i) => i.id === issue)?.shots?.map((s) => s.id);

describe('the evidence configuration', () => {
  it('asks, by default, for the seed’s photos per issue', () => {
    expect(shotsOf('crash-damage')).to.deep.equal([
      'aircraft-top', 'aircraft-bottom', 'arm-front-left', 'arm-front-right', 'arm-rear-left', 'arm-rear-right', 'gimbal', 'serial-label',
    ]);
    expect(shotsOf('gimbal-camera')).to.deep.equal(['gimbal-close-up']);
    expect(shotsOf('battery')).to.deep.equal(['battery-damage']);
    expect(shotsOf('propulsion')).to.deep.equal(['motors-propellers']);
    expect(shotsOf('firmware-update')).to.equal(undefined);
    expect(defaultConfig.issueGroups.flatMap((g) => g.issues).flatMap((i) => i.shots ?? []).some((s) => s.required)).to.equal(false);
    expect(evidenceSettings(defaultConfig)).to.deep.equal({
      image: { maxSide: 2048, format: 'webp', quality: 0.85 },
      limits: { perShot: 3, total: 20, totalBytes: 40 * 1024 * 1024 },
    });
    expect(validateConfig(defaultConfig)).to.deep.equal([]);
  });

  it('takes a host’s shots with its own words and required ones, and its image options', () => {
    const override = {
      issueGroups: [{ id: 'all', issues: [{ id: 'broken', shots: [{ id: 'front', label: 'The front', hint: 'In daylight', required: true }] }] }],
      crashIssue: 'broken',
      evidence: { image: { maxSide: 1600, format: 'jpeg', quality: 0.7 } },
    };
    const merged = mergeConfig(defaultConfig, override) as typeof defaultConfig;
    expect(validateConfig(merged, override)).to.deep.equal([]);
    // Each key left out keeps its default.
    expect(evidenceSettings(merged)).to.deep.equal({
      image: { maxSide: 1600, format: 'jpeg', quality: 0.7 },
      limits: { perShot: 3, total: 20, totalBytes: 40 * 1024 * 1024 },
    });
  });

  it('refuses image options out of range and a shot id given twice, path by path', () => {
    const override = {
      issueGroups: [{ id: 'all', issues: [{ id: 'broken', shots: [{ id: 'front' }, { id: 'front' }] }] }],
      crashIssue: 'broken',
      evidence: { image: { maxSide: 100, format: 'heic', quality: 2 }, limits: { perShot: 1.5 } },
    };
    const problems = validateConfig(mergeConfig(defaultConfig, override), override);
    expect(problems.map((p) => p.split(':')[0])).to.include.members([
      'evidence.image.maxSide', 'evidence.image.format', 'evidence.image.quality', 'evidence.limits.perShot',
    ]);
    const shape = { ...override, evidence: {} };
    expect(validateConfig(mergeConfig(defaultConfig, shape), shape)).to.deep.equal(['issueGroups.0.issues.0.shots.1.id: duplicate id "front"']);
  });
});
