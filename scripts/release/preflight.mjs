// What a release build checks before electron-builder runs: that a tag build's tag is the package's
// version (the artefact names carry it), and whether the installer will be signed and notarised.
// Pure functions; scripts/release/dist.mjs prints their words and applies their environment.

/** The secrets each platform reads (named in the README and passed by .github/workflows/release.yml). */
export const SIGNING_SECRETS = {
  win: { certificate: ['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD'] },
  mac: {
    certificate: ['CSC_LINK', 'CSC_KEY_PASSWORD'],
    notarisation: ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  },
}

/** On a tag build, the tag must be v + package.json's version; on any other build there is nothing to check. */
export function tagProblem(version, env) {
  if (env.GITHUB_REF_TYPE !== 'tag') return null
  const tag = env.GITHUB_REF_NAME ?? ''
  return tag === `v${version}`
    ? null
    : `The tag ${tag} does not match package.json's version ${version}: tag v${version}, or bump the version first.`
}

const present = (env, name) => typeof env[name] === 'string' && env[name].trim() !== ''

/**
 * Decides signing from the environment alone. Returns what to tell the log (`notice`, `warning`,
 * `error`: an error stops the build) and the environment changes for electron-builder (`unset`, `set`).
 * A secret GitHub does not have arrives as an empty string: it counts as absent and is unset.
 */
export function signingPlan(platform, env) {
  const secrets = SIGNING_SECRETS[platform]
  if (!secrets) throw new Error(`unknown platform ${platform}: win or mac`)
  const messages = []
  const unset = Object.values(SIGNING_SECRETS)
    .flatMap((group) => Object.values(group).flat())
    .filter((name) => name in env && !present(env, name))
  const set = {}
  const partial = (names) => {
    const missing = names.filter((name) => !present(env, name))
    return missing.length > 0 && missing.length < names.length ? missing : null
  }

  const certificate = secrets.certificate
  const missingPart = partial(certificate)
  if (missingPart) {
    messages.push({
      level: 'error',
      text: `${certificate.join(' and ')} go together: ${missingPart.join(', ')} is not set.`,
    })
  }
  const signed = certificate.every((name) => present(env, name))

  if (platform === 'win') {
    // electron-builder falls back to the macOS certificate (CSC_LINK) when WIN_CSC_LINK is absent.
    unset.push(...SIGNING_SECRETS.mac.certificate.filter((name) => name in env))
    messages.push(
      signed
        ? {
            level: 'notice',
            text: 'Windows installer: signed with the certificate in WIN_CSC_LINK.',
          }
        : {
            level: 'warning',
            text:
              'Windows installer NOT signed: WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD are not set. ' +
              'SmartScreen will show "Windows protected your PC" (unknown publisher) to users.',
          },
    )
    return { signed, notarised: false, messages, unset: [...new Set(unset)], set }
  }

  if (!signed) {
    // Without a certificate, never let electron-builder pick some identity from the keychain.
    set.CSC_IDENTITY_AUTO_DISCOVERY = 'false'
    messages.push({
      level: 'warning',
      text:
        'macOS app NOT signed: CSC_LINK and CSC_KEY_PASSWORD are not set. Gatekeeper will refuse to ' +
        'open it ("cannot be opened because the developer cannot be verified").',
    })
  } else {
    messages.push({
      level: 'notice',
      text: 'macOS app: signed with the Developer ID certificate in CSC_LINK.',
    })
  }
  const notarisation = secrets.notarisation
  const missingNotary = partial(notarisation)
  if (missingNotary) {
    messages.push({
      level: 'error',
      text: `${notarisation.join(', ')} go together: ${missingNotary.join(', ')} is not set.`,
    })
  }
  const canNotarise = notarisation.every((name) => present(env, name))
  const notarised = signed && canNotarise
  if (notarised) {
    messages.push({
      level: 'notice',
      text: 'macOS app: notarised with Apple (APPLE_ID, team APPLE_TEAM_ID).',
    })
  } else {
    // electron-builder notarises whenever these are set; an unsigned app cannot be notarised.
    if (canNotarise) unset.push(...notarisation)
    messages.push({
      level: 'warning',
      text: canNotarise
        ? 'macOS app NOT notarised: notarisation needs a signed app (CSC_LINK and CSC_KEY_PASSWORD).'
        : 'macOS app NOT notarised: APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID are not set. ' +
          'Gatekeeper will warn users on first open.',
    })
  }
  return { signed, notarised, messages, unset: [...new Set(unset)], set }
}

/** One log line; on GitHub Actions an annotation, so the run's summary page shows it too. */
export function formatMessage({ level, text }, env) {
  if (env.GITHUB_ACTIONS === 'true') {
    const title = { notice: 'Signing', warning: 'Unsigned build', error: 'Signing setup' }[level]
    return `::${level} title=${title}::${text}`
  }
  return `${level === 'notice' ? 'signing:' : `${level.toUpperCase()}:`} ${text}`
}
