package org.w3id.agora.web;

import java.util.List;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Server-driven content negotiation (RFC 9110 §12.5.1), in one place. Each offer is
 * matched with the most specific media range of {@code Accept} that covers it
 * ({@code type/subtype} before {@code type/*} before {@code *}{@code /*}); the offer with
 * the highest quality wins, ties going to the earlier offer (the server's preference). A
 * quality of 0 excludes an offer. No {@code Accept} header accepts everything.
 */
public final class Conneg {

	/** An offered media type and what it stands for. */
	public record Offer<T>(MediaType mediaType, T value) {
	}

	private Conneg() {
	}

	/**
	 * The best offer for the {@code Accept} header, or empty when none is acceptable
	 * (answer 406). An {@code Accept} header that cannot be parsed is treated as absent.
	 */
	public static <T> Optional<T> choose(String accept, List<Offer<T>> offers) {
		if (offers.isEmpty()) {
			return Optional.empty();
		}
		List<MediaType> ranges = parse(accept);
		if (ranges.isEmpty()) {
			return Optional.of(offers.get(0).value());
		}
		T best = null;
		double bestQuality = 0;
		for (Offer<T> offer : offers) {
			double quality = quality(offer.mediaType(), ranges);
			if (quality > bestQuality) {
				best = offer.value();
				bestQuality = quality;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The quality the client gives to {@code offered}: that of the most specific range
	 * covering it.
	 */
	static double quality(MediaType offered, List<MediaType> ranges) {
		MediaType chosen = null;
		int chosenSpecificity = -1;
		for (MediaType range : ranges) {
			if (!range.includes(offered)) {
				continue;
			}
			// Parameters of ranges (charset, profile) do not narrow a match: Agora offers
			// none.
			int specificity = range.isWildcardType() ? 0 : (range.isWildcardSubtype() ? 1 : 2);
			if (specificity > chosenSpecificity) {
				chosen = range;
				chosenSpecificity = specificity;
			}
		}
		return (chosen != null) ? chosen.getQualityValue() : 0;
	}

	static List<MediaType> parse(String accept) {
		if (accept == null || accept.isBlank()) {
			return List.of();
		}
		try {
			return MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return List.of();
		}
	}

}
