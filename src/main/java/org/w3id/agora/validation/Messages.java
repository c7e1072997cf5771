package org.w3id.agora.validation;

import java.util.Collection;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * Picks the message of a validation result in the reader's language. Every constraint of
 * the shapes carries its message in French and in English; a result may also carry Jena's
 * own (untagged) text.
 */
public final class Messages {

	private Messages() {
	}

	/**
	 * The message in {@code language}, else an untagged one, else any, else Jena's
	 * default.
	 */
	public static String of(ReportEntry entry, String language) {
		Collection<Node> messages = entry.messages();
		String untagged = null;
		String any = null;
		for (Node message : messages) {
			if (!message.isLiteral()) {
				continue;
			}
			String lang = message.getLiteralLanguage();
			if (lang.equalsIgnoreCase(language)) {
				return message.getLiteralLexicalForm();
			}
			if (lang.isEmpty() && untagged == null) {
				untagged = message.getLiteralLexicalForm();
			}
			if (any == null) {
				any = message.getLiteralLexicalForm();
			}
		}
		if (untagged != null) {
			return untagged;
		}
		return (any != null) ? any : entry.message();
	}

}
