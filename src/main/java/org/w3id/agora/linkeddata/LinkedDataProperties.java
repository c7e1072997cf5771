package org.w3id.agora.linkeddata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of dereferencing.
 *
 * @param vocabularyBase the base of Agora's fixed vocabulary IRIs (concepts, the
 * ontology), served from the same paths as instances: a request for {@code /id/x} finds
 * {@code <agora.base-uri>id/x} or else {@code <vocabularyBase>id/x}
 * @param maxStatements the most statements a description holds about its resource (its
 * own, blank-node closure included); beyond, the description says it is truncated
 * @param incomingPageSize how many incoming links one page of a description lists
 */
@ConfigurationProperties("agora.linked-data")
public record LinkedDataProperties(@DefaultValue("https://w3id.org/agora/") String vocabularyBase,
		@DefaultValue("2000") int maxStatements, @DefaultValue("100") int incomingPageSize) {

}
