// The offers bench, in the page: keystroke → the frame in which a finding line shows the change.
// Loaded into the built renderer by scripts/bench.mjs (plain JS: it runs as it is in Chromium).

/** The bridge the renderer talks to, answering from the sample offer (no main process). */
export function stubOffersApi(fixtures) {
  const view = () => ({
    drafts: [fixtures.draft],
    images: [],
    imageFindings: [],
    savedAt: Date.now(),
    notice: null,
  })
  const answers = {
    'settings.get': () => ({ locale: 'ja' }),
    'profile.get': () => ({
      profileId: 'default',
      profile: fixtures.profile,
      savedAt: null,
      notice: null,
    }),
    'drafts.list': view,
    'drafts.save': view,
    'minwage.list': () => ({ rates: [], keptAside: 0 }),
    // One establishment, the sample's: the stores follow the active one.
    'establishments.list': () => ({
      establishments: [
        {
          id: 'default',
          name: fixtures.profile.establishment.name,
          kana: '',
          autoName: true,
          changedAt: null,
          summary: {
            profileName: fixtures.profile.establishment.name,
            officeNumber: fixtures.profile.record.officeNumber,
            profileDone: 0,
            profileTotal: 0,
            profileErrors: 0,
            drafts: 1,
            draftsWithFindings: 0,
            draftsRefused: 0,
            findingsOn: null,
            guideCase: null,
            stepsDone: 0,
            stepsTotal: 0,
            deadline: null,
            endings: [],
          },
        },
      ],
      activeId: 'default',
      removed: [],
      notice: null,
    }),
  }
  const handler = {
    get: (_t, area) =>
      new Proxy(
        {},
        {
          get: (_g, method) => () =>
            Promise.resolve({ ok: true, value: answers[`${area}.${method}`]?.() ?? null }),
        },
      ),
  }
  Object.defineProperty(window, 'api', { value: new Proxy({}, handler) })
}

/**
 * Puts a bare input with its own line on the page, and records for each keystroke the time from
 * keydown to the animation frame after the watched line changed.
 */
export function instrument(appLineSelector) {
  const bare = document.createElement('input')
  bare.id = 'bench-bare'
  bare.setAttribute('aria-label', 'bench')
  const bareLine = document.createElement('p')
  bareLine.id = 'bench-bare-line'
  bare.addEventListener('input', () => {
    bareLine.textContent = bare.value
  })
  document.querySelector('main')?.prepend(bare, bareLine)
  const state = { started: null, samples: { app: [], bare: [] }, which: null }
  window.__bench = state
  window.addEventListener(
    'keydown',
    () => {
      state.started = performance.now()
    },
    true,
  )
  const watch = (target, which) =>
    new MutationObserver(() => {
      if (state.started === null || state.which !== which) return
      const started = state.started
      state.started = null
      requestAnimationFrame(() => state.samples[which].push(performance.now() - started))
    }).observe(target, { childList: true, characterData: true, subtree: true })
  const appLine = document.querySelector(appLineSelector)
  if (!appLine) throw new Error(`no line ${appLineSelector}`)
  watch(appLine, 'app')
  watch(bareLine, 'bare')
}
