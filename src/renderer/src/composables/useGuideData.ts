import { computed } from 'vue'
import { useEstablishmentsStore } from '../stores/establishments'
import { useGuideStore } from '../stores/guide'
import { useProfileStore } from '../stores/profile'

/**
 * What every guide screen needs: the active establishment's progress and profile, loaded once,
 * plus the profile facts the guide shows (trimmed; '' when not entered).
 */
export function useGuideData() {
  const guide = useGuideStore()
  const profiles = useProfileStore()
  const establishments = useEstablishmentsStore()
  if (!guide.loaded) void guide.load()
  if (!profiles.loaded) void profiles.load()
  /** The establishment the screen is about (its countdown, its steps). */
  const profileId = computed(() => establishments.activeId)

  const facts = computed(() => {
    const p = profiles.profile
    const a = p.establishment.address
    const person = [p.contact.department, p.contact.name].filter((s) => s.trim() !== '').join(' ')
    return {
      establishment: p.establishment.name.trim(),
      address: [
        a.postalCode ? `〒${a.postalCode}` : '',
        a.prefecture,
        a.city,
        a.town,
        a.street,
        a.building,
      ]
        .filter((s) => s.trim() !== '')
        .join(' '),
      phone: p.establishment.phone.trim(),
      officeNumber: p.record.officeNumber.trim(),
      person: person.trim(),
      loginEmail: p.account.loginEmail.trim(),
      officeName: p.helloWork.name.trim(),
      officePhone: p.helloWork.phone.trim(),
    }
  })

  return { guide, profiles, facts, profileId }
}
