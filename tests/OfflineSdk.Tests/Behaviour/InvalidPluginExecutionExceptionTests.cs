using System;
using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>
    /// InvalidPluginExecutionException per constructor. Expected values follow the real Microsoft.Xrm.Sdk 9.0 as described
    /// by public sources found with the code search: Status defaults to Failed, HttpStatus to NotSet, ErrorCode is the
    /// exception's HResult (an error code of 0 keeps System.Exception's default HResult, COR_E_EXCEPTION).
    /// </summary>
    public class InvalidPluginExecutionExceptionTests
    {
        private const int DefaultExceptionHResult = unchecked((int)0x80131500);

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "InvalidPluginExecutionException", PublicCode.XrmSdk + "InvalidPluginExecutionException.cs")]
        public void Message_constructor_fails_with_defaults()
        {
            InvalidPluginExecutionException exception = new InvalidPluginExecutionException("The name is required.");

            Assert.Equal("The name is required.", exception.Message);
            Assert.Equal(OperationStatus.Failed, exception.Status);
            Assert.Equal(PluginHttpStatusCode.NotSet, exception.HttpStatus);
            Assert.Equal(DefaultExceptionHResult, exception.ErrorCode);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "InvalidPluginExecutionException", PublicCode.XrmSdk + "InvalidPluginExecutionException.cs")]
        public void Parameterless_constructor_has_the_default_exception_message()
        {
            InvalidPluginExecutionException exception = new InvalidPluginExecutionException();

            Assert.Contains(nameof(InvalidPluginExecutionException), exception.Message);
            Assert.Equal(OperationStatus.Failed, exception.Status);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "InvalidPluginExecutionException", PublicCode.XrmSdk + "InvalidPluginExecutionException.cs")]
        public void Status_constructor_keeps_the_status_and_an_empty_message()
        {
            InvalidPluginExecutionException exception = new InvalidPluginExecutionException(OperationStatus.Canceled);

            Assert.Equal(OperationStatus.Canceled, exception.Status);
            Assert.Equal(string.Empty, exception.Message);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "InvalidPluginExecutionException", PublicCode.XrmSdk + "InvalidPluginExecutionException.cs")]
        public void Status_and_message_constructor_keeps_both()
        {
            InvalidPluginExecutionException exception = new InvalidPluginExecutionException(OperationStatus.Retry, "Try later.");

            Assert.Equal(OperationStatus.Retry, exception.Status);
            Assert.Equal("Try later.", exception.Message);
            Assert.Equal(DefaultExceptionHResult, exception.ErrorCode);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "InvalidPluginExecutionException", PublicCode.XrmSdk + "InvalidPluginExecutionException.cs")]
        public void Error_code_constructor_sets_ErrorCode_and_HResult()
        {
            InvalidPluginExecutionException exception =
                new InvalidPluginExecutionException(OperationStatus.Failed, unchecked((int)0x80040220), "No privilege.");

            Assert.Equal(unchecked((int)0x80040220), exception.ErrorCode);
            Assert.Equal(exception.ErrorCode, exception.HResult);
            Assert.Equal("No privilege.", exception.Message);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "InvalidPluginExecutionException", PublicCode.XrmSdk + "InvalidPluginExecutionException.cs")]
        public void Error_code_zero_keeps_the_default_HResult()
        {
            InvalidPluginExecutionException exception = new InvalidPluginExecutionException(OperationStatus.Failed, 0, "x");

            Assert.Equal(DefaultExceptionHResult, exception.ErrorCode);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "InvalidPluginExecutionException", PublicCode.XrmSdk + "InvalidPluginExecutionException.cs")]
        public void Http_status_constructors_keep_the_http_status()
        {
            InvalidPluginExecutionException withMessage = new InvalidPluginExecutionException("Not found.", PluginHttpStatusCode.NotFound);
            InvalidPluginExecutionException full = new InvalidPluginExecutionException(
                OperationStatus.Suspended, 12, "Conflict.", PluginHttpStatusCode.Conflict);

            Assert.Equal(PluginHttpStatusCode.NotFound, withMessage.HttpStatus);
            Assert.Equal(OperationStatus.Failed, withMessage.Status);
            Assert.Equal(PluginHttpStatusCode.Conflict, full.HttpStatus);
            Assert.Equal(OperationStatus.Suspended, full.Status);
            Assert.Equal(12, full.ErrorCode);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "InvalidPluginExecutionException", PublicCode.XrmSdk + "InvalidPluginExecutionException.cs")]
        public void Inner_exception_constructor_inherits_the_http_status_of_an_inner_plugin_exception()
        {
            InvalidPluginExecutionException inner = new InvalidPluginExecutionException("Forbidden.", PluginHttpStatusCode.Forbidden);
            InvalidPluginExecutionException outer = new InvalidPluginExecutionException("Wrapped.", inner);
            InvalidPluginExecutionException other = new InvalidPluginExecutionException("Wrapped.", new InvalidOperationException());

            Assert.Same(inner, outer.InnerException);
            Assert.Equal(PluginHttpStatusCode.Forbidden, outer.HttpStatus);
            Assert.Equal(PluginHttpStatusCode.NotSet, other.HttpStatus);
            Assert.Equal(OperationStatus.Failed, outer.Status);
        }
    }
}
