package org.w3id.agora.sparql;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.w3id.agora.security.Agent;
import org.w3id.agora.security.Authenticator;
import org.w3id.agora.security.Role;
import org.w3id.agora.web.ErrorResponses;

/**
 * Stands in front of Fuseki's dispatcher and answers, before Fuseki sees the request,
 * what Fuseki would get wrong or too leniently for a public endpoint:
 * <ul>
 * <li>a request that could write (SPARQL Update, Graph Store Protocol
 * PUT/POST/DELETE/PATCH) needs a bearer token of a curator (401, 403 otherwise); it is
 * then executed by {@link GuardedSparqlWrites}, through the write guard, and never
 * reaches Fuseki's own update code;</li>
 * <li>at most {@code agora.sparql.max-concurrent-queries} queries run at once; the next
 * ones wait a little, then get 503 with {@code Retry-After};</li>
 * <li>an update sent to a query-only service is refused with 400 naming the update
 * service;</li>
 * <li>a query whose answer cannot be given in any format the client accepts is refused
 * with 406 listing the formats offered (Fuseki would fall back to a default format).</li>
 * </ul>
 * Reads stay anonymous. The formats are Fuseki's own offers, so the check never disagrees
 * with what Fuseki then writes.
 */
class SparqlGuardFilter extends OncePerRequestFilter {

	private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private final Map<String, Set<Operation>> operationsByPath = new HashMap<>();

	private final String updatePaths;

	private final long maxQueryBytes;

	private final ErrorResponses errors;

	private final Authenticator authenticator;

	private final GuardedSparqlWrites writes;

	private final Semaphore querySlots;

	private final long queueWaitMillis;

	private final int maxConcurrent;

	SparqlGuardFilter(FusekiServices services, SparqlProperties sparql, ErrorResponses errors,
			Authenticator authenticator, GuardedSparqlWrites writes) {
		this.errors = errors;
		this.authenticator = authenticator;
		this.writes = writes;
		this.querySlots = new Semaphore(sparql.maxConcurrentQueries(), true);
		this.maxConcurrent = sparql.maxConcurrentQueries();
		this.queueWaitMillis = sparql.queueWait().toMillis();
		DataSize maxQuerySize = sparql.maxQuerySize();
		this.maxQueryBytes = maxQuerySize.toBytes();
		services.accessPoints().forEach((point) -> {
			String prefix = point.getName().equals("/") ? "" : point.getName();
			point.getDataService()
				.forEachEndpoint((endpoint) -> this.operationsByPath
					.computeIfAbsent(prefix + "/" + endpoint.getName(), (key) -> new HashSet<>())
					.add(endpoint.getOperation()));
		});
		this.updatePaths = this.operationsByPath.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().contains(Operation.Update))
			.map(Map.Entry::getKey)
			.sorted()
			.collect(Collectors.joining(", "));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getServletPath();
		Set<Operation> operations = this.operationsByPath.getOrDefault(path, Set.of());
		if (isWrite(operations, request.getMethod())) {
			Optional<Agent> agent = this.authenticator.require(request, response, Role.CURATOR);
			if (agent.isEmpty()) {
				return;
			}
			if (operations.contains(Operation.Update)) {
				this.writes.update(request, response, agent.get());
			}
			else if (operations.contains(Operation.GSP_RW)) {
				this.writes.graphStore(request, response, agent.get());
			}
			else {
				this.errors.send(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
						request.getMethod() + " " + path + " is not a write Agora accepts.");
			}
			return;
		}
		if (operations.contains(Operation.Query) && !operations.contains(Operation.Update)) {
			if (request.getMethod().equals("POST")) {
				HttpServletRequest bounded = bounded(request, response);
				if (bounded == null) {
					return;
				}
				request = bounded;
			}
			if (isUpdate(request)) {
				this.errors.send(request, response, HttpServletResponse.SC_BAD_REQUEST,
						"SPARQL Update is not accepted by " + path + ", a read-only query service"
								+ (this.updatePaths.isEmpty() ? "." : "; updates go to " + this.updatePaths + "."));
				return;
			}
			HttpServletRequest checked = negotiate(request, response);
			if (checked == null) {
				return;
			}
			limited(request, response, chain, checked);
			return;
		}
		if (READ_METHODS.contains(request.getMethod()) && !request.getMethod().equals("OPTIONS")) {
			// Graph Store Protocol reads (whole graphs) count against the same limit.
			limited(request, response, chain, request);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * A POST whose body is within the query size limit: refused with 413 when its
	 * declared length is over it; read ahead (within the limit) when its length is not
	 * declared and it is not a form (forms are bounded by the container).
	 * @return the request to go on with, or {@code null} when an error was sent
	 */
	private HttpServletRequest bounded(HttpServletRequest request, HttpServletResponse response) throws IOException {
		long declared = request.getContentLengthLong();
		boolean form = request.getContentType() != null
				&& request.getContentType().toLowerCase().startsWith(WebContent.contentTypeHTMLForm);
		HttpServletRequest passOn = request;
		if (declared < 0 && !form) {
			passOn = CachedBodyRequest.read(request, this.maxQueryBytes);
		}
		if (declared > this.maxQueryBytes || passOn == null) {
			this.errors.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
					"The query is larger than the " + this.maxQueryBytes
							+ " bytes accepted (agora.sparql.max-query-size).");
			return null;
		}
		return passOn;
	}

	/** Runs the request in one of the query slots, or answers 503 when none frees up. */
	private void limited(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			HttpServletRequest passOn) throws IOException, ServletException {
		boolean admitted;
		try {
			admitted = this.querySlots.tryAcquire(this.queueWaitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			response.setHeader("Retry-After", "1");
			this.errors.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
					"Too many queries at once: this endpoint evaluates at most " + this.maxConcurrent
							+ " queries concurrently (agora.sparql.max-concurrent-queries). Retry in a second.");
			return;
		}
		try {
			chain.doFilter(passOn, response);
		}
		finally {
			this.querySlots.release();
		}
	}

	static boolean isWrite(Set<Operation> operations, String method) {
		if (method.equals("OPTIONS")) {
			return false;
		}
		for (Operation operation : operations) {
			if (operation.equals(Operation.Update)) {
				return true;
			}
			boolean writable = operation.equals(Operation.GSP_RW) || operation.equals(Operation.Upload)
					|| operation.equals(Operation.Patch);
			if (writable && !READ_METHODS.contains(method)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUpdate(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase().startsWith(WebContent.contentTypeSPARQLUpdate)) {
			return true;
		}
		return request.getMethod().equals("POST") && request.getParameter("update") != null;
	}

	/**
	 * Checks that the answer to the query can be given in a format the client accepts.
	 * @return the request to pass on (its body read ahead if it had to be), or
	 * {@code null} when an error was sent
	 */
	private HttpServletRequest negotiate(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank() || request.getParameter("format") != null
				|| request.getParameter("output") != null) {
			return request;
		}
		AcceptList proposal = AcceptList.create(accept);
		boolean results = AcceptList.match(proposal, DEF.rsOfferTable) != null
				|| AcceptList.match(proposal, DEF.rsOfferBoolean) != null;
		boolean graphs = AcceptList.match(proposal, DEF.constructOffer) != null;
		if (results && graphs) {
			return request;
		}
		if (!results && !graphs) {
			notAcceptable(request, response, accept, "a query answers with " + offers(DEF.rsOfferTable)
					+ " (SELECT, ASK) or " + offers(DEF.constructOffer) + " (CONSTRUCT, DESCRIBE)");
			return null;
		}
		// One kind of answer is acceptable: whether it is the right kind depends on the
		// query form.
		HttpServletRequest passOn = request;
		String query;
		if (request.getMethod().equals("POST") && request.getParameter("query") == null) {
			CachedBodyRequest cached = CachedBodyRequest.read(request, this.maxQueryBytes);
			if (cached == null) {
				this.errors.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
						"The query is larger than the " + this.maxQueryBytes + " bytes accepted.");
				return null;
			}
			passOn = cached;
			query = cached.bodyText();
		}
		else {
			query = request.getParameter("query");
		}
		Optional<QueryForm> form = (query != null) ? QueryForm.of(query) : Optional.empty();
		if (form.isEmpty()) {
			return passOn;
		}
		AcceptList offer = switch (form.get()) {
			case SELECT -> DEF.rsOfferTable;
			case ASK -> DEF.rsOfferBoolean;
			case CONSTRUCT, DESCRIBE -> DEF.constructOffer;
		};
		if (AcceptList.match(proposal, offer) == null) {
			notAcceptable(request, response, accept, "a " + form.get() + " query answers with " + offers(offer));
			return null;
		}
		return passOn;
	}

	private void notAcceptable(HttpServletRequest request, HttpServletResponse response, String accept, String offered)
			throws IOException {
		this.errors.send(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE,
				"Not acceptable: " + offered + "; the request accepts only '" + accept + "'.");
	}

	private static String offers(AcceptList offer) {
		return offer.entries().stream().map(MediaRange::getContentTypeStr).collect(Collectors.joining(", "));
	}

}
