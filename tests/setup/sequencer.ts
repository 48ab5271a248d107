/**
 * The order Vitest runs test files in: its own (longest or largest first, by
 * group), with the projects of a group taken in turn, one file of each.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's `BaseSequencer` puts a group's projects one after the other, by
 * name: every browser file, then every build file. The build files' builds
 * take turns (`oneBuildAtATime` in tests/helpers/build.ts), so, left last,
 * they ran one by one at the end of the run while a core sat idle. Taken in
 * turn with the browser files, the builds run beside the browser tests.
 */
export default class TakingTurns extends BaseSequencer {
  /**
   * @param files every test file of the run, each with its project
   * @returns the same files: groups in `sequence.groupOrder`, and within a group one file of each project in turn, each project's files in Vitest's order
   */
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const groups = new Map<number, Map<string, TestSpecification[]>>();
    for (const file of sorted) {
      const order = file.project.config.sequence.groupOrder;
      let group = groups.get(order);
      if (!group) groups.set(order, (group = new Map<string, TestSpecification[]>()));
      let queue = group.get(file.project.name);
      if (!queue) group.set(file.project.name, (queue = []));
      queue.push(file);
    }
    const turns: TestSpecification[] = [];
    for (const projects of groups.values()) {
      const queues = [...projects.values()];
      for (let index = 0; queues.some((queue) => index < queue.length); index++) {
        for (const queue of queues) {
          const file = queue[index];
          if (file) turns.push(file);
        }
      }
    }
    return turns;
  }
}
