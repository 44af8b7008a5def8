/**
 * A personal page shows e-mail and phone to the user themself, and to others only when the user
 * allowed it (users.showContacts). Hidden contacts are dropped here, before any page sees them.
 */
export function visibleContacts<T extends { userId: number; showContacts: boolean; email: string | null; phone: string | null }>(
  profile: T,
  viewerId: number,
): T & { contactsVisible: boolean } {
  const contactsVisible = profile.userId === viewerId || profile.showContacts;
  return { ...profile, email: contactsVisible ? profile.email : null, phone: contactsVisible ? profile.phone : null, contactsVisible };
}
