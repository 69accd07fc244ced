using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class TooLargeMessageTests
{
    [Theory]
    [InlineData(10_485_761, 10_485_760, "The file is 10 MB (10,485,761 bytes), over the 10 MB limit (10,485,760 bytes) for one document.")]
    [InlineData(2049, 1024, "The file is 2 KB (2,049 bytes), over the 1 KB limit (1,024 bytes) for one document.")]
    [InlineData(20, 10, "The file is 20 bytes, over the 10 bytes limit for one document.")]
    public void TooLarge_says_the_exact_sizes_so_a_byte_over_does_not_read_as_equal(long size, long limit, string expected) =>
        Assert.Equal(expected, DocumentLoader.TooLarge(size, limit));
}
