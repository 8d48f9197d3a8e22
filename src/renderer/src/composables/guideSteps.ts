import { hasFlag, stepsFor, type CaseId, type GuideStep } from '@shared/guide/catalogue'

/**
 * The step to go back to for a new auth key: the one where the address is entered, just before the
 * step where the key arrives (3 in case 1-①, 2 in case 1-② and case 2).
 */
export function redoStepNumber(caseId: CaseId): number {
  const arrives = stepsFor(caseId).find((step) => hasFlag(step, 'startsAuthKeyTimer'))
  return Math.max(1, (arrives?.number ?? 2) - 1)
}

/** Which of the guide's helper screens a step links to. */
export function stepLinks(step: GuideStep) {
  // One countdown per page: at the step where the key arrives. The key-entry step right after it
  // stops the countdown when it is checked off.
  const timer = hasFlag(step, 'startsAuthKeyTimer')
  return {
    portal: hasFlag(step, 'opensPortal'),
    timer,
    mailHelp: timer || hasFlag(step, 'authKeyEntry'),
    phoneKit: step.where === 'phone-or-counter' || hasFlag(step, 'honToroku'),
    after: hasFlag(step, 'kariToroku') || hasFlag(step, 'honToroku'),
    readiness: hasFlag(step, 'needsReadiness'),
  }
}
