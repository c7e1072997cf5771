/**
 * The privacy rule, in one place: which statements carrying personal data of a person are
 * not public. Personal data are the values of properties typed
 * {@code agora:PersonalDataProperty} in the store, plus {@code schema:email},
 * {@code schema:telephone} and {@code agora:homeAddress} by default; they are public only
 * for a person ({@code agora:Person}) who gave a consent of scope
 * {@code agora:PublicationOfContactData} that was not withdrawn.
 * <p>
 * Everything that publishes data (dumps, linked-data pages, the SPARQL endpoint) asks
 * {@link org.w3id.agora.privacy.PrivacyRule} for a
 * {@link org.w3id.agora.privacy.Disclosure} inside its read transaction and filters with
 * it. Reads the store; never writes to it, knows no HTTP.
 */
package org.w3id.agora.privacy;
