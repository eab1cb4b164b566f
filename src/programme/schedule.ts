/**
 * Timetable arithmetic: a day's start time plus each session's length gives the clock
 * times; a session may fix its own start (after lunch), never earlier than the previous end.
 */

export interface TimedSession<T> {
  session: T;
  start: string;
  end: string;
}

export function toMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
}

export function toClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A session whose fixed start comes before the one before it has ended. */
export interface ScheduleConflict {
  index: number;
  start: string;
  previousEnd: string;
}

/** Every conflict of a day's timetable; the content checker reports them before any page is built. */
export function scheduleConflicts<T extends { start?: string }>(
  dayStart: string,
  sessions: readonly T[],
  minutesOf: (session: T) => number,
): ScheduleConflict[] {
  const conflicts: ScheduleConflict[] = [];
  let now = toMinutes(dayStart);
  sessions.forEach((session, index) => {
    if (session.start) {
      const fixed = toMinutes(session.start);
      if (fixed < now) conflicts.push({ index, start: session.start, previousEnd: toClock(now) });
      now = Math.max(now, fixed);
    }
    now += minutesOf(session);
  });
  return conflicts;
}

/** Clock times of a day's sessions. @throws on a conflict, which the content checker has already reported */
export function scheduleDay<T extends { start?: string }>(
  dayStart: string,
  sessions: readonly T[],
  minutesOf: (session: T) => number,
): TimedSession<T>[] {
  let now = toMinutes(dayStart);
  return sessions.map((session) => {
    if (session.start) {
      const fixed = toMinutes(session.start);
      if (fixed < now) throw new Error(`日程冲突：${session.start} 开始的一节早于上一节结束的 ${toClock(now)}`);
      now = fixed;
    }
    const start = now;
    now += minutesOf(session);
    return { session, start: toClock(start), end: toClock(now) };
  });
}

/** 90 → 1小时30分钟; 45 → 45分钟. */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m}分钟`;
  return m ? `${h}小时${m}分钟` : `${h}小时`;
}
