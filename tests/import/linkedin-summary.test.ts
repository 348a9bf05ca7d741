import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** The shape of a LinkedIn "Save to PDF" profile once its text is read. */
const { profile } = imported(
  [
    '# Wendell Okoro',
    '',
    'Simulation Lead at Harbor Forge Robotics | ROS 2 · Gazebo',
    '',
    'Tulsa, Oklahoma, United States',
    '',
    '## Top Skills',
    '',
    'Robot Operating System (ROS)  ',
    'Computer-Aided Design (CAD)  ',
    'Gazebo',
    '',
    '## Summary',
    '',
    'I build the simulators our robots learn in. 11 years in CAD and simulation – first as a test engineer, then since 2019 at Harbor Forge, where I lead a team of four. Day to day: Python, C++ and Docker.',
    '',
    'Open to lead simulation roles (remote). Available from March 2027 with 6 weeks’ notice.',
    '',
    '## Experience',
    '',
    'Harbor Forge Robotics  ',
    '7 years',
    '',
    'Simulation Lead  ',
    'January 2019 - Present (7 years 11 months)  ',
    'Tulsa, Oklahoma, United States  ',
    'Lead the simulation team.',
  ].join('\n'),
);

describe('a LinkedIn profile saved as PDF', () => {
  it('keeps a skill and its initials in brackets as one skill', () => {
    const top = profile.skills.find((c) => /top skills/i.test(c.name))?.skills ?? [];
    expect(top).toContainEqual({ name: 'Robot Operating System', aliases: ['ROS'] });
    expect(top.map((s) => s.name)).not.toContain('ROS');
  });

  it('reads the years a summary opens a sentence with, in a field named by initials', () => {
    expect(profile.identity.yearsOfExperience).toBe(11);
  });

  it('does not take a word of the employer’s name for a skill', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).not.toContain('Forge');
    expect(names).toEqual(expect.arrayContaining(['Python', 'C++', 'Docker']));
  });

  it('keeps when the owner can start beside what they look for', () => {
    expect(profile.identity.availability).toMatch(/Open to lead simulation roles/);
    expect(profile.identity.availability).toMatch(/Available from March 2027/);
  });
});
