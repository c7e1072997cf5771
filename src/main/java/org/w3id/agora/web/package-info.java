/**
 * What every HTTP feature shares: the rendering of errors in the negotiated format. Holds
 * no feature logic.
 */
package org.w3id.agora.web;
