package io.chainexplorer.decoder.standards;

import io.chainexplorer.decoder.abi.AbiEntry;
import java.util.Optional;

/**
 * One function or event of a built-in standard.
 *
 * @param standard the standard's name, e.g. ERC-20 or ERC-1410
 * @param securityFamily the security-token family the standard belongs to (ERC-1400, ERC-1404,
 *     ERC-3643), empty for other standards
 * @param recognises whether seeing this member marks its contract as a security token
 */
public record StandardMember(
    String standard, Optional<String> securityFamily, boolean recognises, AbiEntry entry) {}
